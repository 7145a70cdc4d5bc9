import { describe, expect, it } from 'vitest'
import { TimelineStore, cookieNamesOf } from '../../../src/renderer/src/stores/timeline-store'
import {
  SERVER_URL,
  considered,
  makeChange,
  makeCookie,
  makeExchange,
  makeGap,
  makeScriptWrite,
  makeSetCookieLine,
} from '../factories'

const ids = (store: TimelineStore) => store.getSnapshot().rows.map((entry) => entry.id)

describe('TimelineStore ordering', () => {
  it('orders entries by seq, whatever order they arrive in', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 3 }))
    store.upsert(makeExchange({ seq: 1 }))
    store.upsert(makeExchange({ seq: 2 }))
    expect(ids(store)).toEqual(['x1', 'x2', 'x3'])
  })

  it('replaces an entry that arrives again with the same id', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 1, state: 'pending', status: null }))
    store.upsert(makeExchange({ seq: 2 }))
    store.upsert(makeExchange({ seq: 1, state: 'complete', status: 204 }))
    const rows = store.getSnapshot().rows
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ id: 'x1', state: 'complete', status: 204 })
  })

  it('keeps what an event brought over the stale copy in the start-up snapshot', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 2, status: 404 }))
    store.addMissing([makeExchange({ seq: 1 }), makeExchange({ seq: 2, status: 200 })])
    expect(ids(store)).toEqual(['x1', 'x2'])
    expect(store.get('x2')).toMatchObject({ status: 404 })
  })

  it('hands out a new snapshot only after a change, so React re-renders only then', () => {
    const store = new TimelineStore()
    let notified = 0
    store.subscribe(() => notified++)
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.upsert(makeExchange())
    expect(notified).toBe(1)
    expect(store.getSnapshot()).not.toBe(before)
  })
})

describe('TimelineStore filters', () => {
  const page = makeExchange({ cookiePairs: [{ name: 'userID', value: 'alice' }] })
  const favicon = makeExchange({ url: 'http://127.0.0.1:5123/favicon.ico', isAsset: true })

  it('hides assets by default and counts them', () => {
    const store = new TimelineStore()
    store.upsert(page)
    store.upsert(favicon)
    expect(ids(store)).toEqual([page.id])
    expect(store.getSnapshot().hiddenAssetCount).toBe(1)
    store.setShowAssets(true)
    expect(ids(store)).toEqual([page.id, favicon.id])
    expect(store.getSnapshot().hiddenAssetCount).toBe(0)
  })

  it('filters by cookie name, case-insensitively, over sent, blocked, set and changed cookies', () => {
    const store = new TimelineStore()
    const sent = makeExchange({ cookiePairs: [{ name: 'userID', value: 'a' }] })
    const blocked = makeExchange({
      considered: [considered(makeCookie({ name: 'cart' }), ['NotOnPath'])],
    })
    const set = makeExchange({
      setCookies: [makeSetCookieLine('Theme=dark; Path=/', { name: 'Theme', value: 'dark' })],
    })
    const script = makeScriptWrite({
      storeChanges: [makeChange('added', makeCookie({ name: 'lang' }))],
    })
    for (const entry of [sent, blocked, set, script]) store.upsert(entry)

    store.setFilter('USERID')
    expect(ids(store)).toEqual([sent.id])
    store.setFilter('car')
    expect(ids(store)).toEqual([blocked.id])
    store.setFilter('theme')
    expect(ids(store)).toEqual([set.id])
    store.setFilter('lang')
    expect(ids(store)).toEqual([script.id])
    store.setFilter('  ')
    expect(ids(store)).toHaveLength(4)
  })

  it('keeps capture gaps visible under a filter: a filtered view must not look complete', () => {
    const store = new TimelineStore()
    const gap = makeGap()
    store.upsert(makeExchange())
    store.upsert(gap)
    store.setFilter('nothing-matches')
    expect(ids(store)).toEqual([gap.id])
  })

  it('names a malformed Set-Cookie line by what precedes its "="', () => {
    const entry = makeExchange({ setCookies: [makeSetCookieLine('bad name=1', null)] })
    expect(cookieNamesOf(entry)).toContain('bad name')
  })
})

describe('TimelineStore: which row set a cookie, and numbers that skip', () => {
  it('finds only the rows that changed a cookie in the store under "changes"', () => {
    const store = new TimelineStore()
    const setter = makeExchange({
      seq: 1,
      storeChanges: [makeChange('added', makeCookie({ name: 'k150' }))],
    })
    const senders = [2, 3, 4].map((seq) =>
      makeExchange({ seq, cookiePairs: [{ name: 'k150', value: 'v' }] }),
    )
    const remover = makeScriptWrite({
      seq: 5,
      storeChanges: [makeChange('removed', makeCookie({ name: 'k150' }))],
    })
    for (const entry of [setter, ...senders, remover]) store.upsert(entry)
    store.setFilter('K150')
    expect(ids(store)).toHaveLength(5)
    store.setFilterMode('changes')
    expect(ids(store)).toEqual([setter.id, remover.id])
    expect(store.getSnapshot().filterMode).toBe('changes')
    // A newer version of an entry is matched anew, not by what was worked out for the old one.
    store.upsert({
      ...senders[0]!,
      storeChanges: [makeChange('changed', makeCookie({ name: 'k150' }))],
    })
    expect(ids(store)).toEqual([setter.id, senders[0]!.id, remover.id])
  })

  it('hands out the same entries while only the view changes (filter, selection, assets)', () => {
    const store = new TimelineStore()
    store.upsertMany([makeExchange({ seq: 1 }), makeExchange({ seq: 2 })])
    const entries = store.getSnapshot().entries
    store.setFilter('x')
    store.setFilterMode('changes')
    store.setShowAssets(true)
    store.select('x1')
    expect(store.getSnapshot().entries).toBe(entries)
    store.upsert(makeExchange({ seq: 3 }))
    expect(store.getSnapshot().entries).not.toBe(entries)
    expect(store.getSnapshot().entries).toHaveLength(3)
  })

  it('says what is hidden before a row whose number skips, and why', () => {
    const store = new TimelineStore()
    const entries = [
      makeExchange({ seq: 1, cookiePairs: [{ name: 'a', value: '1' }] }),
      makeExchange({ seq: 2, isAsset: true, url: `${SERVER_URL}/favicon.ico` }),
      makeExchange({ seq: 3, cookiePairs: [{ name: 'b', value: '1' }] }),
      makeExchange({ seq: 4, cookiePairs: [{ name: 'a', value: '2' }] }),
    ]
    store.upsertMany(entries)
    const [first, favicon, second, third] = entries.map((e) => e.id) as [
      string,
      string,
      string,
      string,
    ]
    expect(store.getSnapshot().hiddenBefore).toEqual(
      new Map([[second, { from: 2, to: 2, assets: 1, filtered: 0 }]]),
    )
    store.setFilter('a')
    expect(ids(store)).toEqual([first, third])
    expect(store.getSnapshot().hiddenBefore.get(third)).toEqual({
      from: 2,
      to: 3,
      assets: 0,
      filtered: 2,
    })
    store.setFilter('')
    store.setShowAssets(true)
    expect(ids(store)).toEqual([first, favicon, second, third])
    expect(store.getSnapshot().hiddenBefore.size).toBe(0)
  })
})

describe('TimelineStore selection and following', () => {
  function storeWith(count: number) {
    const store = new TimelineStore()
    for (let seq = 1; seq <= count; seq++) store.upsert(makeExchange({ seq }))
    return store
  }

  it('moves the selection with the keyboard and stops at both ends', () => {
    const store = storeWith(3)
    store.moveSelection(1)
    expect(store.getSnapshot().selectedId).toBe('x1')
    store.moveSelection(1)
    store.moveSelection(1)
    store.moveSelection(1)
    expect(store.getSnapshot()).toMatchObject({ selectedId: 'x3', selectedIndex: 2 })
    store.moveSelection(-10)
    expect(store.getSnapshot().selectedId).toBe('x1')
    store.selectLast()
    expect(store.getSnapshot().selectedId).toBe('x3')
    store.selectFirst()
    expect(store.getSnapshot().selectedId).toBe('x1')
  })

  it('↑ from no selection starts at the newest row', () => {
    const store = storeWith(3)
    store.moveSelection(-1)
    expect(store.getSnapshot().selectedId).toBe('x3')
  })

  it('follows new rows until the user looks at an older one, and again from the newest', () => {
    const store = storeWith(3)
    expect(store.getSnapshot().following).toBe(true)
    store.select('x1')
    expect(store.getSnapshot().following).toBe(false)
    store.upsert(makeExchange({ seq: 4 }))
    expect(store.getSnapshot().following).toBe(false)
    store.selectLast()
    expect(store.getSnapshot().following).toBe(true)
    store.setFollowing(false)
    expect(store.getSnapshot().following).toBe(false)
    store.setFollowing(true)
    expect(store.getSnapshot().following).toBe(true)
  })

  it('keeps a selection the filter hides, without an index', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 1, cookiePairs: [{ name: 'a', value: '1' }] }))
    store.upsert(makeExchange({ seq: 2, cookiePairs: [{ name: 'b', value: '1' }] }))
    store.select('x1')
    store.setFilter('b')
    expect(store.getSnapshot()).toMatchObject({ selectedId: 'x1', selectedIndex: -1 })
    store.moveSelection(1)
    expect(store.getSnapshot().selectedId).toBe('x2')
  })
})

describe("TimelineStore: fresh from here (a lesson's Reset)", () => {
  it('hides every entry so far from the rows, keeps them all, and shows them again on request', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 1 }))
    store.upsert(makeExchange({ seq: 2, isAsset: true }))
    store.upsert(makeScriptWrite({ seq: 3 }))
    store.markFresh()
    expect(store.getSnapshot()).toMatchObject({ rows: [], freshAfter: 3, hiddenEarlier: 3 })
    expect(store.getSnapshot().entries).toHaveLength(3)
    store.upsert(makeExchange({ seq: 4 }))
    const after = store.getSnapshot()
    expect(after.rows.map((entry) => entry.id)).toEqual(['x4'])
    // The entries before the mark are not "skipped" rows: the fresh note speaks for them.
    expect(after.hiddenBefore.size).toBe(0)
    expect(after.hiddenAssetCount).toBe(0)
    store.showEarlier()
    expect(store.getSnapshot()).toMatchObject({ freshAfter: null, hiddenEarlier: 0 })
    expect(ids(store)).toEqual(['x1', 'w3', 'x4'])
  })

  it('keeps hiding a pending entry that is completed after the mark', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 1, state: 'pending', status: null }))
    store.markFresh()
    store.upsert(makeExchange({ seq: 1, state: 'complete', status: 200 }))
    expect(store.getSnapshot()).toMatchObject({ rows: [], hiddenEarlier: 1 })
  })

  it('drops the selection, which a hidden row cannot keep, and follows the newest row', () => {
    const store = new TimelineStore()
    store.upsert(makeExchange({ seq: 1 }))
    store.upsert(makeExchange({ seq: 2 }))
    store.select('x1')
    const count = store.getSnapshot().selectionCount
    store.markFresh()
    expect(store.getSnapshot()).toMatchObject({ selectedId: null, following: true })
    expect(store.getSnapshot().selectionCount).toBe(count + 1)
  })

  it('marks an empty timeline, so every entry to come shows', () => {
    const store = new TimelineStore()
    expect(store.lastSeq()).toBe(-1)
    store.markFresh()
    store.upsert(makeExchange({ seq: 0 }))
    expect(ids(store)).toEqual(['x0'])
  })
})

describe('TimelineStore at scale', () => {
  it('takes 10,000 entries one event at a time and derives rows once per read', () => {
    const store = new TimelineStore()
    const started = performance.now()
    for (let seq = 1; seq <= 10_000; seq++) store.upsert(makeExchange({ seq }))
    const rows = store.getSnapshot().rows
    expect(rows).toHaveLength(10_000)
    expect(rows.at(-1)?.seq).toBe(10_000)
    // A generous bound: the point is that inserting is not quadratic.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
