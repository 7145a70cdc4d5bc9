// utilityProcess: a plain Node child with Electron's `process.parentPort` (parent-port.mjs).

import { fork, type ChildProcess } from 'node:child_process'
import { basename } from 'node:path'
import type * as Electron from 'electron'
import { record, TracedEmitter, type Like, type Returning } from './trace'

const PARENT_PORT = new URL('./parent-port.mjs', import.meta.url).href

class StandInUtilityProcess
  extends TracedEmitter
  implements Like<Electron.UtilityProcess, 'kill' | 'postMessage' | 'pid' | 'stdout' | 'stderr'>
{
  pid: number | undefined
  readonly stdout: NodeJS.ReadableStream | null
  readonly stderr: NodeJS.ReadableStream | null
  private readonly child: ChildProcess

  constructor(modulePath: string, args: string[] = [], options: Electron.ForkOptions = {}) {
    super(`utilityProcess(${options.serviceName ?? basename(modulePath)})`)
    record(this.subject, 'fork', { modulePath, args })
    const stdio =
      options.stdio === 'pipe' ? 'pipe' : options.stdio === 'ignore' ? 'ignore' : 'inherit'
    this.child = fork(modulePath, args, {
      cwd: options.cwd,
      env: options.env ? { ...options.env } : process.env,
      // Not the driver's own flags (tsx): the child runs built JavaScript, as in Electron.
      execArgv: ['--import', PARENT_PORT, ...(options.execArgv ?? [])],
      stdio: [stdio, stdio, stdio, 'ipc'],
      // Electron's postMessage structured-clones; so does Node's 'advanced' serialization.
      serialization: 'advanced',
    })
    this.stdout = this.child.stdout
    this.stderr = this.child.stderr
    this.child.on('spawn', () => {
      this.pid = this.child.pid
      this.emit('spawn')
    })
    this.child.on('message', (message) => this.emit('message', message))
    this.child.on('error', (error) => this.emit('error', 'FatalError', modulePath, String(error)))
    this.child.on('exit', (code) => {
      record(this.subject, 'exit', code)
      this.pid = undefined
      this.emit('exit', code ?? 0)
    })
  }

  postMessage(message: unknown): void {
    this.child.send(message as never)
  }
  kill(): boolean {
    record(this.subject, 'kill')
    return this.child.kill()
  }
}

export const utilityProcess = {
  fork(modulePath: string, args?: string[], options?: Electron.ForkOptions): StandInUtilityProcess {
    return new StandInUtilityProcess(modulePath, args, options)
  },
} satisfies Like<
  typeof Electron.utilityProcess,
  'fork',
  { fork: Returning<typeof Electron.utilityProcess.fork, StandInUtilityProcess> }
>
