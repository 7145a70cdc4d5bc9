import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { debuggerConnection } from '../../src/main/debugger-connection'

/** Electron's `webContents.debugger`, as far as the adapter can tell. */
class FakeDebugger extends EventEmitter {
  sendCommand = vi.fn(async (method: string, params?: object) => ({ echoed: method, params }))
  message(method: string, params: unknown, sessionId = '') {
    this.emit('message', { preventDefault() {} }, method, params, sessionId)
  }
}

describe('debuggerConnection', () => {
  it('sends commands through sendCommand, with and without params, and returns the result', async () => {
    const dbg = new FakeDebugger()
    const connection = debuggerConnection(dbg)
    await expect(connection.send('Network.enable')).resolves.toEqual({
      echoed: 'Network.enable',
      params: undefined,
    })
    await connection.send('Network.deleteCookies', { name: 'userID', domain: '127.0.0.1' })
    expect(dbg.sendCommand).toHaveBeenLastCalledWith('Network.deleteCookies', {
      name: 'userID',
      domain: '127.0.0.1',
    })
  })

  it('passes a failed command on as a rejection', async () => {
    const dbg = new FakeDebugger()
    dbg.sendCommand.mockRejectedValueOnce(new Error('No target with given id found'))
    await expect(debuggerConnection(dbg).send('Network.getAllCookies')).rejects.toThrow(
      'No target with given id found',
    )
  })

  it('delivers the method and params of page events, without Electron’s event object', () => {
    const dbg = new FakeDebugger()
    const seen: unknown[][] = []
    debuggerConnection(dbg).onEvent((...args) => seen.push(args))
    dbg.message('Network.requestWillBeSent', { requestId: '1' })
    dbg.message('Network.loadingFinished', { requestId: '1' })
    expect(seen).toEqual([
      ['Network.requestWillBeSent', { requestId: '1' }],
      ['Network.loadingFinished', { requestId: '1' }],
    ])
  })

  it('ignores events of child sessions', () => {
    const dbg = new FakeDebugger()
    const listener = vi.fn()
    debuggerConnection(dbg).onEvent(listener)
    dbg.message('Network.requestWillBeSent', { requestId: 'worker.1' }, 'SESSION-2')
    expect(listener).not.toHaveBeenCalled()
  })

  it('reaches a cross-site frame as a flat session: its commands and events carry its sessionId', async () => {
    const dbg = new FakeDebugger()
    const page = debuggerConnection(dbg)
    expect(page.childSessions?.flatten).toBe(true)
    const frame = page.childSessions!.open('FRAME-1')
    const heardByFrame = vi.fn()
    const heardByPage = vi.fn()
    frame.onEvent(heardByFrame)
    page.onEvent(heardByPage)
    await frame.send('Network.enable')
    expect(dbg.sendCommand).toHaveBeenLastCalledWith('Network.enable', undefined, 'FRAME-1')
    dbg.message('Network.loadingFinished', { requestId: 'F' }, 'FRAME-1')
    dbg.message('Network.loadingFinished', { requestId: 'other' }, 'FRAME-2')
    dbg.message('Network.loadingFinished', { requestId: 'P' })
    expect(heardByFrame.mock.calls).toEqual([['Network.loadingFinished', { requestId: 'F' }]])
    expect(heardByPage.mock.calls).toEqual([['Network.loadingFinished', { requestId: 'P' }]])
  })

  it('unsubscribes exactly the listener it was given', () => {
    const dbg = new FakeDebugger()
    const connection = debuggerConnection(dbg)
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = connection.onEvent(first)
    connection.onEvent(second)
    stopFirst()
    dbg.message('Network.loadingFinished', { requestId: '2' })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
    expect(dbg.listenerCount('message')).toBe(1)
  })
})
