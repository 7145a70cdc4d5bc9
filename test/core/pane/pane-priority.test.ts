// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { PANE_NICE, PanePriority } from '../../../src/core/pane/pane-priority'
import { threadNices } from './thread-nices'

// A real process with several threads (Node's own), which starts one more on a line of input.
const CHILD = `
const { Worker } = require('node:worker_threads')
process.stdin.once('data', () => {
  new Worker('setInterval(() => {}, 1000)', { eval: true }).on('online', () => console.log('worker'))
})
console.log('ready')
setInterval(() => {}, 1000)
`

const children: ChildProcess[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

async function startChild(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', CHILD], { stdio: ['pipe', 'pipe', 'inherit'] })
  children.push(child)
  await once(child.stdout!, 'data')
  return child as ChildProcess & { pid: number }
}

describe('PanePriority', () => {
  it("lowers every thread of a process, and threads started later inherit the pane's nice", async () => {
    const child = await startChild()
    expect(threadNices(child.pid).length).toBeGreaterThan(1)
    expect(threadNices(child.pid).every((nice) => nice === 0)).toBe(true)
    const logged: string[] = []

    expect(new PanePriority((line) => logged.push(line)).lower([child.pid])).toEqual([child.pid])
    const before = threadNices(child.pid)
    expect(before.every((nice) => nice === PANE_NICE)).toBe(true)

    child.stdin!.write('start a worker\n')
    await once(child.stdout!, 'data')
    const after = threadNices(child.pid)
    expect(after.length).toBeGreaterThan(before.length)
    expect(after.every((nice) => nice === PANE_NICE)).toBe(true)
    expect(logged).toEqual([])
  })

  it('leaves a process already lowered alone, and lowers each process once in a list', async () => {
    const first = await startChild()
    const second = await startChild()
    const priority = new PanePriority(() => undefined)
    expect(priority.lower([first.pid, first.pid])).toEqual([first.pid])
    expect(priority.lower([first.pid, second.pid])).toEqual([second.pid])
    expect(priority.lower([second.pid, first.pid])).toEqual([])
  })

  it('says once that a process that is gone kept its priority, and lowers the others', async () => {
    const gone = await startChild()
    gone.kill('SIGKILL')
    await once(gone, 'exit')
    const live = await startChild()
    const logged: string[] = []
    const priority = new PanePriority((line) => logged.push(line))

    expect(priority.lower([gone.pid, live.pid])).toEqual([live.pid])
    expect(priority.lower([gone.pid])).toEqual([])
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain(`process ${gone.pid}`)
    expect(logged[0]).toContain('keeps its priority')
  })

  it('takes a priority the system refuses as a message, never an exception', () => {
    const logged: string[] = []
    const refusing = new PanePriority((line) => logged.push(line), {
      platform: 'darwin',
      getPriority: () => 0,
      setPriority: () => {
        throw Object.assign(new Error('uv_os_setpriority returned EACCES'), {
          info: { code: 'EACCES' },
        })
      },
      threads: () => [],
    })
    expect(refusing.lower([4242])).toEqual([])
    expect(logged).toEqual([
      'pane: its renderer (process 4242) keeps its priority: uv_os_setpriority returned EACCES',
    ])
  })
})
