import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { IpcRenderer } from 'electron'
import { ipcTransport } from '../../src/preload/ipc-transport'
import { createCookieLabApi } from '../../src/shared/contract'
import type { PaneState } from '../../src/shared/domain'

/** Electron's `ipcRenderer`: `invoke` answers from a table, `on` listeners get (event, data). */
class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (channel: string, payload?: unknown) => ({ channel, payload }))
  push(channel: string, data: unknown) {
    this.emit(channel, { sender: 'the ipcRenderer itself', senderId: 0, ports: [] }, data)
  }
}

const PANE: PaneState = {
  url: 'http://127.0.0.1:5123/',
  title: 'Enter userID',
  canGoBack: false,
  canGoForward: false,
  loading: false,
  crashed: false,
}

function setup() {
  const ipc = new FakeIpcRenderer()
  const api = createCookieLabApi(ipcTransport(ipc as unknown as IpcRenderer))
  return { ipc, api }
}

describe('the preload transport', () => {
  it('invokes each command on its own channel with its payload', async () => {
    const { ipc, api } = setup()
    await api.navigate('/getcookie')
    await api.setPaneBounds({ x: 1, y: 2, width: 3, height: 4 })
    await api.ready()
    expect(ipc.invoke.mock.calls).toEqual([
      ['cookie-lab:command:navigate', { target: '/getcookie' }],
      ['cookie-lab:command:setPaneBounds', { x: 1, y: 2, width: 3, height: 4 }],
      ['cookie-lab:command:ready', undefined],
    ])
  })

  it('passes a rejected command on to the page', async () => {
    const { ipc, api } = setup()
    ipc.invoke.mockRejectedValueOnce(new Error('bad navigate payload'))
    await expect(api.navigate('')).rejects.toThrow('bad navigate payload')
  })

  it('delivers event data only, never Electron’s event object', () => {
    const { ipc, api } = setup()
    const panes: unknown[][] = []
    api.onPane((...args) => panes.push(args))
    ipc.push('cookie-lab:event:pane', PANE)
    expect(panes).toEqual([[PANE]])
  })

  it('keeps events apart by channel', () => {
    const { ipc, api } = setup()
    const onStore = vi.fn()
    const onEntry = vi.fn()
    api.onStore(onStore)
    api.onEntry(onEntry)
    ipc.push('cookie-lab:event:store', [])
    expect(onStore).toHaveBeenCalledWith([])
    expect(onEntry).not.toHaveBeenCalled()
  })

  it('unsubscribe removes exactly that listener, even when one function subscribed twice', () => {
    const { ipc, api } = setup()
    const listener = vi.fn()
    const other = vi.fn()
    const stopFirst = api.onStore(listener)
    api.onStore(listener)
    api.onStore(other)
    stopFirst()
    ipc.push('cookie-lab:event:store', [])
    expect(listener).toHaveBeenCalledOnce()
    expect(other).toHaveBeenCalledOnce()
    expect(ipc.listenerCount('cookie-lab:event:store')).toBe(2)
  })
})
