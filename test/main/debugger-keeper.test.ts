import type { GapReason } from '../../src/shared/messages/facts'
import { formatFact } from '../../src/shared/messages/format-message'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CdpConnection } from '../../src/core/capture/cdp-connection'
import { CDP_PROTOCOL_VERSION, DebuggerKeeper } from '../../src/main/debugger-keeper'

/** Electron's `webContents.debugger`: attach can be made to fail, and detach events fired. */
class FakeDebugger extends EventEmitter {
  attachedNow = false
  refuse: string | null = null
  attach = vi.fn((version?: string) => {
    if (this.refuse) throw new Error(this.refuse)
    expect(version).toBe(CDP_PROTOCOL_VERSION)
    this.attachedNow = true
  })
  detach = vi.fn(() => {
    this.attachedNow = false
  })
  isAttached = () => this.attachedNow
  sendCommand = vi.fn(async () => ({}))
  /** What Electron does when DevTools opens or the renderer dies. */
  lose(reason: string) {
    this.attachedNow = false
    this.emit('detach', {}, reason)
  }
}

class FakeDevTools {
  opened = false
  private waiting = new Set<() => void>()
  isOpened = () => this.opened
  onceClosed = (callback: () => void) => {
    this.waiting.add(callback)
    return () => this.waiting.delete(callback)
  }
  close() {
    this.opened = false
    for (const callback of [...this.waiting]) callback()
    this.waiting.clear()
  }
}

function setup(restore?: (connection: CdpConnection) => Promise<void>) {
  const dbg = new FakeDebugger()
  const devTools = new FakeDevTools()
  const log: string[] = []
  const calls: string[] = []
  const connections: CdpConnection[] = []
  const capture = {
    attach: vi.fn(async (connection: CdpConnection) => {
      connections.push(connection)
      calls.push('attach')
    }),
    detach: vi.fn((reason: GapReason) => {
      calls.push(`detach: ${formatFact(reason)}`)
    }),
  }
  const keeper = new DebuggerKeeper({
    debugger: dbg,
    capture,
    devTools,
    retryDelaysMs: [100, 400],
    log: (message) => log.push(message),
    ...(restore ? { restore } : {}),
  })
  return { dbg, devTools, capture, calls, connections, keeper, log }
}

describe('DebuggerKeeper', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('attaches the debugger, then hands capture a working connection', async () => {
    const { dbg, capture, connections, keeper } = setup()
    await keeper.attach()
    expect(dbg.attach).toHaveBeenCalledOnce()
    expect(capture.attach).toHaveBeenCalledOnce()
    expect(keeper.isAttached).toBe(true)
    await connections[0]?.send('Network.enable')
    expect(dbg.sendCommand).toHaveBeenCalledWith('Network.enable', undefined)
    await keeper.attach()
    expect(dbg.attach).toHaveBeenCalledOnce()
  })

  it('on a crash: tells capture (the gap), then reattaches after the first backoff', async () => {
    const { dbg, calls, keeper } = setup()
    await keeper.attach()
    dbg.lose('Render process gone.')
    expect(calls).toEqual(['attach', 'detach: the debugger was detached (Render process gone.)'])
    expect(keeper.isAttached).toBe(false)
    await vi.advanceTimersByTimeAsync(99)
    expect(dbg.attach).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(dbg.attach).toHaveBeenCalledTimes(2)
    expect(calls).toEqual([
      'attach',
      'detach: the debugger was detached (Render process gone.)',
      'attach',
    ])
    expect(keeper.isAttached).toBe(true)
  })

  it('backs off while the debugger refuses, repeating the last delay, and resets after success', async () => {
    const { dbg, keeper, log } = setup()
    await keeper.attach()
    dbg.refuse = 'Another debugger is already attached'
    dbg.lose('Target closed.')
    await vi.advanceTimersByTimeAsync(100) // first retry fails
    await vi.advanceTimersByTimeAsync(399)
    expect(dbg.attach).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1) // second retry (400 ms) fails
    expect(dbg.attach).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(400) // the last delay repeats
    expect(dbg.attach).toHaveBeenCalledTimes(4)
    expect(log.filter((line) => line.includes('Another debugger'))).toHaveLength(3)
    dbg.refuse = null
    await vi.advanceTimersByTimeAsync(400)
    expect(keeper.isAttached).toBe(true)
    dbg.lose('Target closed.')
    await vi.advanceTimersByTimeAsync(100) // back to the first delay
    expect(keeper.isAttached).toBe(true)
  })

  it('waits for DevTools to close instead of fighting it for the target', async () => {
    const { dbg, devTools, calls, keeper } = setup()
    await keeper.attach()
    devTools.opened = true
    dbg.lose('Target closed.')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(dbg.attach).toHaveBeenCalledOnce()
    devTools.close()
    await vi.advanceTimersByTimeAsync(0)
    expect(dbg.attach).toHaveBeenCalledTimes(2)
    expect(calls).toEqual([
      'attach',
      'detach: the debugger was detached (Target closed.)',
      'attach',
    ])
  })

  it('restores the session’s settings after every attach, and only tells when that fails', async () => {
    const restored: string[] = []
    const { dbg, devTools, keeper, log } = setup(async (connection) => {
      restored.push(dbg.attach.mock.calls.length === 1 ? 'first' : 'again')
      await connection.send('Emulation.setEmulatedMedia', { features: [] })
    })
    await keeper.attach()
    devTools.opened = true
    dbg.lose('Target closed.')
    dbg.sendCommand.mockRejectedValueOnce(new Error('No target'))
    devTools.close()
    await vi.advanceTimersByTimeAsync(0)
    expect(restored).toEqual(['first', 'again'])
    expect(keeper.isAttached).toBe(true)
    expect(log.at(-1)).toBe("debugger: could not restore the pane's settings (No target)")
  })

  it('asks capture again when capture fails to attach, without attaching the debugger twice', async () => {
    const { dbg, capture, keeper } = setup()
    capture.attach.mockRejectedValueOnce(new Error('Network.enable failed'))
    await keeper.ensureAttached()
    expect(keeper.isAttached).toBe(false)
    await vi.advanceTimersByTimeAsync(100)
    expect(keeper.isAttached).toBe(true)
    expect(dbg.attach).toHaveBeenCalledOnce()
    expect(capture.attach).toHaveBeenCalledTimes(2)
  })

  it('attaches at once when asked, cancelling a pending retry', async () => {
    const { dbg, keeper } = setup()
    await keeper.attach()
    dbg.lose('Render process gone.')
    await keeper.ensureAttached()
    expect(keeper.isAttached).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(dbg.attach).toHaveBeenCalledTimes(2)
  })

  it('on a renderer crash (debugger still attached): a gap until the pane loads again', async () => {
    const { dbg, calls, keeper } = setup()
    await keeper.attach()
    keeper.suspend({ code: 'paneStopped', params: { detail: 'crashed' } })
    keeper.suspend({ code: 'paneClosed' })
    expect(calls).toEqual(['attach', 'detach: the pane’s page stopped (crashed)'])
    expect(keeper.isAttached).toBe(false)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls).toHaveLength(2)
    await keeper.ensureAttached()
    expect(calls).toEqual(['attach', 'detach: the pane’s page stopped (crashed)', 'attach'])
    expect(dbg.attach).toHaveBeenCalledOnce()
  })

  it('stops for good when disposed: detaches, no retries, ignores late detach events', async () => {
    const { dbg, capture, keeper } = setup()
    await keeper.attach()
    keeper.dispose()
    expect(dbg.detach).toHaveBeenCalledOnce()
    dbg.emit('detach', {}, 'Target closed.')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(capture.detach).not.toHaveBeenCalled()
    expect(dbg.attach).toHaveBeenCalledOnce()
    await keeper.ensureAttached()
    expect(dbg.attach).toHaveBeenCalledOnce()
  })
})
