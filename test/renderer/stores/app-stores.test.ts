import { describe, expect, it } from 'vitest'
import { createAppStores } from '../../../src/renderer/src/stores/app-stores'
import { createFakeHost } from '../fake-host'
import { makeChange, makeCookie, makeExchange } from '../factories'

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Row x1 changes nothing; row x2 adds a cookie, so the store after x1 is a past one. */
function twoRowsWhereTheSecondAddsACookie() {
  const host = createFakeHost({ storeAfter: () => [] })
  const stores = createAppStores(host.api)
  stores.timeline.upsert(makeExchange({ seq: 1 }))
  stores.timeline.upsert(
    makeExchange({ seq: 2, storeChanges: [makeChange('added', makeCookie())] }),
  )
  return { host, stores }
}

describe('selecting a timeline row shows the store around it', () => {
  it('the newest row: the live store with its changes marked', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    const cookie = makeCookie()
    stores.inspector.setLive([cookie])
    stores.timeline.upsert(makeExchange({ seq: 1 }))
    stores.timeline.upsert(makeExchange({ seq: 2, storeChanges: [makeChange('added', cookie)] }))
    stores.timeline.select('x2')
    expect(stores.inspector.getSnapshot()).toMatchObject({
      view: { mode: 'live' },
      focusedId: 'x2',
    })
    expect(stores.inspector.getSnapshot().marks.size).toBe(1)
    expect(host.calls('storeAfter')).toHaveLength(0)
  })

  it('an older row: the store as it was right after it; deselecting returns to live', async () => {
    const { host, stores } = twoRowsWhereTheSecondAddsACookie()
    stores.timeline.select('x1')
    await settle()
    expect(host.calls('storeAfter')).toEqual([['storeAfter', { entryId: 'x1' }]])
    expect(stores.inspector.getSnapshot().view).toMatchObject({ mode: 'past', entryId: 'x1' })
    stores.timeline.select(null)
    expect(stores.inspector.getSnapshot().view).toEqual({ mode: 'live' })
  })

  it('a row followed only by entries that left the store alone shows the live store', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    stores.timeline.upsert(
      makeExchange({ seq: 1, storeChanges: [makeChange('added', makeCookie())] }),
    )
    stores.timeline.upsert(makeExchange({ seq: 2, isAsset: true }))
    stores.timeline.upsert(makeExchange({ seq: 3 }))
    stores.timeline.select('x1')
    expect(stores.inspector.getSnapshot()).toMatchObject({
      view: { mode: 'live' },
      focusedId: 'x1',
    })
    expect(host.calls('storeAfter')).toHaveLength(0)
  })

  it('a newer entry arriving does not throw a live selection into the past', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    stores.timeline.upsert(makeExchange({ seq: 1 }))
    stores.timeline.select('x1')
    stores.timeline.upsert(
      makeExchange({ seq: 2, storeChanges: [makeChange('added', makeCookie())] }),
    )
    expect(stores.inspector.getSnapshot().view).toEqual({ mode: 'live' })
    expect(host.calls('storeAfter')).toHaveLength(0)
  })

  it('refreshes the marks when the selected entry learns of its store changes', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    stores.timeline.upsert(makeExchange({ seq: 1 }))
    stores.timeline.select('x1')
    expect(stores.inspector.getSnapshot().marks.size).toBe(0)
    stores.timeline.upsert(
      makeExchange({ seq: 1, storeChanges: [makeChange('added', makeCookie())] }),
    )
    expect(stores.inspector.getSnapshot().marks.size).toBe(1)
  })

  it('stays live after "back to live", even when the selected entry is updated', async () => {
    const { host, stores } = twoRowsWhereTheSecondAddsACookie()
    stores.timeline.select('x1')
    await settle()
    stores.inspector.backToLive()
    stores.timeline.upsert(makeExchange({ seq: 1, status: 304 }))
    expect(stores.inspector.getSnapshot().view).toEqual({ mode: 'live' })
    expect(host.calls('storeAfter')).toHaveLength(1)
  })

  it('a click on the selected row asks again: later changes now send it into the past', async () => {
    const host = createFakeHost({ storeAfter: () => [makeCookie()] })
    const stores = createAppStores(host.api)
    stores.timeline.upsert(
      makeExchange({ seq: 1, storeChanges: [makeChange('added', makeCookie())] }),
    )
    stores.timeline.select('x1')
    expect(stores.inspector.getSnapshot().view).toEqual({ mode: 'live' })
    stores.timeline.upsert(
      makeExchange({ seq: 2, storeChanges: [makeChange('removed', makeCookie())] }),
    )
    expect(stores.inspector.getSnapshot().view).toEqual({ mode: 'live' })

    stores.timeline.select('x1')
    await settle()
    expect(host.calls('storeAfter')).toEqual([['storeAfter', { entryId: 'x1' }]])
    expect(stores.inspector.getSnapshot()).toMatchObject({
      view: { mode: 'past', entryId: 'x1', cookies: [makeCookie()] },
      focusedId: 'x1',
    })
  })

  it('a click on the selected row after "back to live" shows its time again', async () => {
    const { host, stores } = twoRowsWhereTheSecondAddsACookie()
    stores.timeline.select('x1')
    await settle()
    stores.inspector.backToLive()
    expect(stores.inspector.getSnapshot().focusedId).toBeNull()

    stores.timeline.select('x1')
    await settle()
    expect(stores.inspector.getSnapshot()).toMatchObject({
      view: { mode: 'past', entryId: 'x1' },
      focusedId: 'x1',
    })
    expect(host.calls('storeAfter')).toHaveLength(2)
  })

  it('a click on the selected row that nothing changed since does not ask the host again', async () => {
    const { host, stores } = twoRowsWhereTheSecondAddsACookie()
    stores.timeline.select('x1')
    await settle()
    stores.timeline.select('x1')
    await settle()
    expect(stores.inspector.getSnapshot().view).toMatchObject({ mode: 'past', entryId: 'x1' })
    expect(host.calls('storeAfter')).toHaveLength(1)
  })
})

describe('presenter type and zoom reach the page in the pane', () => {
  const zooms = (host: ReturnType<typeof createFakeHost>) =>
    host.calls('setPaneZoom').map(([, payload]) => (payload as { factor: number }).factor)

  it('sends the pane zoom at start, and again only when presenter or zoom changes it', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    expect(zooms(host)).toEqual([1])
    stores.settings.setPresenter(true)
    stores.settings.setTheme('dark')
    stores.settings.zoomIn()
    stores.settings.setPresenter(false)
    expect(zooms(host)).toEqual([1, 1.25, 1.25 * 1.1, 1.1])
    stores.dispose()
    stores.settings.zoomIn()
    expect(zooms(host)).toHaveLength(4)
  })

  it('sends the theme as the pane’s colour scheme, the system’s when it follows the system', () => {
    const schemes = (host: ReturnType<typeof createFakeHost>) =>
      host.calls('setPaneColorScheme').map(([, payload]) => (payload as { scheme: string }).scheme)
    const host = createFakeHost()
    const stores = createAppStores(host.api, {
      darkQuery: { matches: true, addEventListener() {}, removeEventListener() {} },
    })
    expect(schemes(host)).toEqual(['dark'])
    stores.settings.setTheme('light')
    stores.settings.setPresenter(true)
    stores.settings.setTheme('dark')
    expect(schemes(host)).toEqual(['dark', 'light', 'dark'])
    stores.dispose()
  })
})
