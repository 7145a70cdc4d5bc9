// What is still running: the end-to-end tests check that closing Cookie Lab leaves no process.

import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

/** The command lines of running processes that mention TEXT (a scratch folder's path). */
export function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'))
}

export interface Watched {
  child: ChildProcess
  /** Everything it printed so far, stdout and stderr together. */
  output(): string
  /** Its exit code. */
  exited: Promise<number | null>
}

/** Spawns COMMAND with its output collected, for tests that wait on what it says. */
export function spawnWatched(command: string, args: string[], options: SpawnOptions): Watched {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return { child, output: () => output, exited }
}
