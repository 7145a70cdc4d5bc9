import { describe, expect, it, vi } from 'vitest'
import { connectToHost, hostlessApi } from '../../src/renderer/src/host-connection'
import { createAppStores } from '../../src/renderer/src/stores/app-stores'
import { createFakeHost, makePane, makeSnapshot } from './fake-host'
import { SERVER_URL, makeCookie, makeExchange } from './factories'

// Events applied as they come, so a test reads the stores right after emitting.
const AT_ONCE = { schedule: (flush: () => void) => flush() }

describe('connectToHost', () => {
  it('subscribes before saying ready, then loads the snapshot', async () => {
    const order: string[] = []
    const host = createFakeHost({
      ready: () => {
        order.push(`ready with ${host.listenerCount('entry')} entry listener`)
        return makeSnapshot({
          entries: [makeExchange({ seq: 1 })],
          store: [makeCookie()],
          pane: makePane({ url: `${SERVER_URL}/getcookie` }),
        })
      },
    })
    const stores = createAppStores(host.api)
    await connectToHost(host.api, stores, AT_ONCE)
    expect(order).toEqual(['ready with 1 entry listener'])
    expect(stores.session.getSnapshot()).toMatchObject({ phase: 'ready', serverUrl: SERVER_URL })
    expect(stores.timeline.getSnapshot().rows).toHaveLength(1)
    expect(stores.inspector.getSnapshot().live).toHaveLength(1)
    expect(stores.pane.getSnapshot().pane.url).toBe(`${SERVER_URL}/getcookie`)
  })

  it('lets events that overtook the ready answer win over its older snapshot', async () => {
    const host = createFakeHost({
      ready: () => {
        host.emit('entry', makeExchange({ seq: 1, status: 500 }))
        host.emit('store', [])
        host.emit('pane', makePane({ url: `${SERVER_URL}/newer` }))
        return makeSnapshot({
          entries: [makeExchange({ seq: 1, status: 200 })],
          store: [makeCookie()],
          pane: makePane({ url: `${SERVER_URL}/older` }),
        })
      },
    })
    const stores = createAppStores(host.api)
    await connectToHost(host.api, stores, AT_ONCE)
    expect(stores.timeline.get('x1')).toMatchObject({ status: 500 })
    expect(stores.inspector.getSnapshot().live).toEqual([])
    expect(stores.pane.getSnapshot().pane.url).toBe(`${SERVER_URL}/newer`)
  })

  it('keeps taking events after start, and stops when disconnected', async () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    const disconnect = await connectToHost(host.api, stores, AT_ONCE)
    host.emit('entry', makeExchange({ seq: 5 }))
    expect(stores.timeline.getSnapshot().rows).toHaveLength(1)
    disconnect()
    host.emit('entry', makeExchange({ seq: 6 }))
    expect(stores.timeline.getSnapshot().rows).toHaveLength(1)
  })

  it('brings a window that gets no frames up to date by a timer, one flush for the batch', async () => {
    vi.useFakeTimers()
    // A frame that never comes, as for a window covered by the pane's.
    const frames = vi.fn(() => 1)
    vi.stubGlobal('requestAnimationFrame', frames)
    vi.stubGlobal('cancelAnimationFrame', vi.fn())
    try {
      const host = createFakeHost()
      const stores = createAppStores(host.api)
      await connectToHost(host.api, stores)
      host.emit('entry', makeExchange({ id: 'a', seq: 5 }))
      host.emit('entry', makeExchange({ id: 'b', seq: 6 }))
      expect(stores.timeline.getSnapshot().rows).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(250)
      expect(stores.timeline.getSnapshot().rows).toHaveLength(2)
      expect(frames).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
      vi.useRealTimers()
    }
  })

  it('reports a host that cannot start', async () => {
    const host = createFakeHost({
      ready: () => Promise.reject(new Error('the server did not start')),
    })
    const stores = createAppStores(host.api)
    await connectToHost(host.api, stores, AT_ONCE)
    expect(stores.session.getSnapshot()).toMatchObject({
      phase: 'failed',
      error: 'the server did not start',
    })
  })

  it('says so when the page was opened without its host', async () => {
    const stores = createAppStores(createFakeHost().api)
    await connectToHost(hostlessApi(), stores, AT_ONCE)
    expect(stores.session.getSnapshot()).toMatchObject({ phase: 'failed' })
    expect(stores.session.getSnapshot().error).toMatch(/window\.cookieLab is missing/)
  })

  it('applies a frame’s rows at once, the newest version of each, and the newest store in the frame after', async () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    const pending: Array<() => void> = []
    const disconnect = await connectToHost(host.api, stores, {
      schedule: (flush) => pending.push(flush),
    })
    let timelineChanges = 0
    let inspectorChanges = 0
    stores.timeline.subscribe(() => timelineChanges++)
    stores.inspector.subscribe(() => inspectorChanges++)
    host.emit('entry', makeExchange({ seq: 1, state: 'pending', status: null }))
    host.emit('store', [makeCookie({ value: 'old' })])
    host.emit('entry', makeExchange({ seq: 2 }))
    host.emit('entry', makeExchange({ seq: 1, status: 204 }))
    host.emit('store', [makeCookie({ value: 'new' })])
    // Nothing is drawn until the frame; then every row at once, one flush asked for.
    expect(stores.timeline.getSnapshot().rows).toHaveLength(0)
    expect(pending).toHaveLength(1)
    pending.shift()!()
    expect(timelineChanges).toBe(1)
    expect(inspectorChanges).toBe(0)
    expect(stores.timeline.getSnapshot().rows.map((e) => e.id)).toEqual(['x1', 'x2'])
    expect(stores.timeline.get('x1')).toMatchObject({ status: 204 })
    // The store waits for the next frame, which the first asked for: only the newest is applied.
    expect(pending).toHaveLength(1)
    pending.shift()!()
    expect(timelineChanges).toBe(1)
    expect(inspectorChanges).toBe(1)
    expect(stores.inspector.getSnapshot().live).toEqual([makeCookie({ value: 'new' })])
    expect(pending).toHaveLength(0)
    // Rows and a store that keep coming take turns: the store is never left behind.
    host.emit('entry', makeExchange({ seq: 3 }))
    host.emit('store', [makeCookie({ value: 'newer' })])
    pending.shift()!()
    host.emit('entry', makeExchange({ seq: 4 }))
    pending.shift()!()
    expect(stores.inspector.getSnapshot().live).toEqual([makeCookie({ value: 'newer' })])
    pending.shift()!()
    expect(stores.timeline.getSnapshot().rows).toHaveLength(4)
    expect(pending).toHaveLength(0)
    // A frame after disconnecting applies nothing.
    host.emit('entry', makeExchange({ seq: 5 }))
    disconnect()
    pending.shift()?.()
    expect(stores.timeline.getSnapshot().rows).toHaveLength(4)
  })
})
