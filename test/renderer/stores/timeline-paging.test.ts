// The TimelineStore over a long session: it holds the newest page and a bounded stretch, pages
// older (and newer) rows from the host, and finds the name filter's matches across the whole
// session. The pager is the host's own code (src/shared/timeline-pages.ts) over a session built
// here, answering asynchronously as the real transport does.

import { describe, expect, it } from 'vitest'
import { entryPage, searchEntries } from '../../../src/shared/timeline-pages'
import type { Exchange, TimelineEntry } from '../../../src/shared/domain'
import { TimelineStore, type TimelinePager } from '../../../src/renderer/src/stores/timeline-store'
import { makeChange, makeCookie, makeExchange } from '../factories'

/** A host session of N exchanges; every 1000th sets `rare`, the rest send `common`. */
function hostSession(n: number) {
  const entries: TimelineEntry[] = Array.from({ length: n }, (_, i) => {
    const seq = i + 1
    return seq % 1000 === 0
      ? makeExchange({ seq, storeChanges: [makeChange('added', makeCookie({ name: 'rare' }))] })
      : makeExchange({ seq, cookiePairs: [{ name: 'common', value: String(seq) }] })
  })
  let failNext: Error | null = null
  const asked: string[] = []
  const answer = <T>(make: () => T) =>
    new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        const error = failNext
        failNext = null
        if (error) reject(error)
        else resolve(make())
      }, 0),
    )
  const pager: TimelinePager = {
    entryPage: (query) => {
      asked.push(`page ${query.direction} ${query.fromSeq}`)
      return answer(() => entryPage(entries, query))
    },
    searchEntries: (query) => {
      asked.push(`search ${query.text} ${query.direction} ${query.fromSeq}`)
      return answer(() => searchEntries(entries, query))
    },
  }
  const started = (options: { pageSize?: number; maxLoaded?: number } = {}) => {
    const store = new TimelineStore({ pager, pageSize: 100, maxLoaded: 300, ...options })
    store.begin(entries.slice(-100), entries.length)
    return store
  }
  /** A new exchange in the host, and its event. */
  const add = (entry: TimelineEntry) => {
    entries.push(entry)
    return entry
  }
  return { entries, pager, asked, started, add, fail: (error: Error) => (failNext = error) }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

/** Scrolls up PAGES times: each loads the page above, once the last has come. */
async function loadOlderPages(store: TimelineStore, pages: number) {
  for (let i = 0; i < pages; i++) {
    store.loadOlder()
    await settle()
  }
}
const rowSeqs = (store: TimelineStore) => store.getSnapshot().rows.map((row) => row.seq)

describe('TimelineStore with a pager: older pages', () => {
  it('starts on the newest page with the count, and loads older rows page by page', async () => {
    const host = hostSession(5_000)
    const store = host.started()
    expect(store.getSnapshot()).toMatchObject({ entryCount: 5_000, hasOlder: true, loading: null })
    expect(rowSeqs(store)[0]).toBe(4_901)
    store.loadOlder()
    expect(store.getSnapshot().loading).toBe('older')
    store.loadOlder() // one page at a time
    await settle()
    expect(host.asked).toEqual(['page older 4901'])
    expect(rowSeqs(store)[0]).toBe(4_801)
    expect(rowSeqs(store)).toHaveLength(200)
    // Every row in order, none twice.
    expect(rowSeqs(store)).toEqual(Array.from({ length: 200 }, (_, i) => 4_801 + i))
  })

  it('keeps at most maxLoaded entries, letting the newest go while the user reads older rows', async () => {
    const host = hostSession(5_000)
    const store = host.started()
    store.setFollowing(false)
    await loadOlderPages(store, 5)
    const snapshot = store.getSnapshot()
    expect(snapshot.loadedCount).toBe(300)
    expect(snapshot.rows[0]?.seq).toBe(4_401)
    expect(snapshot).toMatchObject({ hasNewer: true, hasOlder: true })
    // A new exchange beyond the loaded stretch is counted, not shown among old rows.
    store.upsert(host.add(makeExchange({ seq: 5_001 })))
    expect(store.getSnapshot().entryCount).toBe(5_001)
    expect(rowSeqs(store).at(-1)).toBe(4_700)
    // The newest entries stay known for lessons and the inspector.
    expect(store.getSnapshot().entries.at(-1)?.seq).toBe(5_001)
    // Following again brings the newest page back.
    store.setFollowing(true)
    await settle()
    expect(rowSeqs(store).at(-1)).toBe(5_001)
    expect(store.getSnapshot()).toMatchObject({ hasNewer: false, following: true })
  })

  it('pages newer rows back in when scrolled down, and joins the live edge at the end', async () => {
    const host = hostSession(2_000)
    const store = host.started()
    store.setFollowing(false)
    await loadOlderPages(store, 4)
    expect(rowSeqs(store).at(-1)).toBe(1_800)
    for (let i = 0; i < 3 && store.getSnapshot().hasNewer; i++) {
      store.loadNewer()
      await settle()
    }
    expect(store.getSnapshot().hasNewer).toBe(false)
    expect(rowSeqs(store).at(-1)).toBe(2_000)
    expect(store.getSnapshot().loadedCount).toBeLessThanOrEqual(300)
    // Not following, with the window full: a new row is counted, the rows read stay put.
    store.upsert(host.add(makeExchange({ seq: 2_001 })))
    expect(rowSeqs(store).at(-1)).toBe(2_000)
    expect(store.getSnapshot()).toMatchObject({ entryCount: 2_001, hasNewer: true })
    // At the bottom the list follows again (the user's scroll says so): the newest come back.
    store.setFollowing(true)
    await settle()
    store.upsert(host.add(makeExchange({ seq: 2_002 })))
    expect(rowSeqs(store).slice(-2)).toEqual([2_001, 2_002])
  })

  it('follows the newest row with a bounded window: the oldest go as new rows come', () => {
    const host = hostSession(300)
    const store = host.started()
    for (let seq = 301; seq <= 700; seq++) store.upsert(host.add(makeExchange({ seq })))
    const snapshot = store.getSnapshot()
    expect(snapshot.loadedCount).toBe(300)
    expect(snapshot.rows.at(-1)?.seq).toBe(700)
    expect(snapshot).toMatchObject({ entryCount: 700, hasOlder: true, following: true })
  })

  it('lets an event that overtook a page win over the older copy the page carries', async () => {
    const host = hostSession(1_000)
    const store = host.started()
    store.loadOlder()
    // While the page is on its way, the host re-publishes entry 850 (its response came).
    const newer = makeExchange({ seq: 850, status: 418 })
    store.upsert(newer)
    host.entries[849] = makeExchange({ seq: 850, status: 200 }) // what the page will carry
    await settle()
    expect((store.get('x850') as Exchange | undefined)?.status).toBe(418)
  })

  it('ignores an update to an entry outside the loaded rows: the page that brings it is newer', () => {
    const host = hostSession(1_000)
    const store = host.started()
    store.upsert(makeExchange({ seq: 10, status: 500 }))
    expect(store.get('x10')).toBeUndefined()
    expect(rowSeqs(store)).not.toContain(10)
    expect(store.getSnapshot().entryCount).toBe(1_000)
  })

  it('says why a page failed, stops asking, and tries again when told', async () => {
    const host = hostSession(1_000)
    const store = host.started()
    host.fail(new Error('The app did not answer.'))
    store.loadOlder()
    await settle()
    expect(store.getSnapshot()).toMatchObject({
      loading: null,
      loadError: 'The app did not answer.',
      hasOlder: true,
    })
    store.loadOlder()
    await settle()
    expect(store.getSnapshot().loadError).toBeNull()
    expect(rowSeqs(store)[0]).toBe(801)
  })
})

describe('TimelineStore with a pager: the name filter across the session', () => {
  it('finds rows that set a cookie long before the loaded ones, with what lies between counted', async () => {
    const host = hostSession(5_000)
    const store = host.started()
    store.setFilterMode('changes')
    store.setFilter('RARE')
    // At once: the loaded rows are filtered here (5000, a setter, is among them).
    expect(rowSeqs(store)).toEqual([5_000])
    await settle()
    for (let i = 0; i < 5 && store.getSnapshot().hasOlder; i++) {
      store.loadOlder()
      await settle()
    }
    expect(rowSeqs(store)).toEqual([1_000, 2_000, 3_000, 4_000, 5_000])
    const snapshot = store.getSnapshot()
    expect(snapshot.hasOlder).toBe(false)
    // Row 2000's number skips 999 entries the filter hides, counted by the host.
    expect(snapshot.hiddenBefore.get('x2000')).toEqual({
      from: 1_001,
      to: 1_999,
      assets: 0,
      filtered: 999,
    })
    expect(snapshot.hiddenBefore.get('x1000')).toMatchObject({ from: 1, to: 999, filtered: 999 })
    // The search loaded only the matches, not the entries between.
    expect(snapshot.loadedCount).toBeLessThan(120)
  })

  it('shows a live match at once, and one that matches only once its store change arrived', async () => {
    const host = hostSession(3_000)
    const store = host.started()
    store.setFilterMode('changes')
    store.setFilter('rare')
    await settle()
    const pending = host.add(makeExchange({ seq: 3_001 }))
    store.upsert(pending)
    expect(rowSeqs(store)).not.toContain(3_001)
    store.upsert(
      makeExchange({
        seq: 3_001,
        storeChanges: [makeChange('added', makeCookie({ name: 'rare' }))],
      }),
    )
    expect(rowSeqs(store).at(-1)).toBe(3_001)
  })

  it('searches the session again when the filter changes after a search reached the start', async () => {
    const host = hostSession(3_000)
    const store = host.started()
    store.setFilterMode('changes')
    store.setFilter('rare')
    await settle()
    while (store.getSnapshot().hasOlder) {
      store.loadOlder()
      await settle()
    }
    expect(rowSeqs(store)).toEqual([1_000, 2_000, 3_000])
    // The runs were counted for "rare": "rar" is asked of the host anew, from the newest on.
    store.setFilter('rar')
    expect(store.getSnapshot().loading).toBe('older')
    while (store.getSnapshot().hasOlder) {
      store.loadOlder()
      await settle()
    }
    expect(rowSeqs(store)).toEqual([1_000, 2_000, 3_000])
    expect(host.asked.filter((asked) => asked.startsWith('search rar '))).not.toEqual([])
  })

  it('goes back to every row when the filter is cleared, paging older ones in again', async () => {
    const host = hostSession(3_000)
    const store = host.started()
    store.setFilter('rare')
    await settle()
    store.loadOlder()
    await settle()
    store.setFilter('')
    await settle()
    expect(store.getSnapshot().hasOlder).toBe(true)
    const rows = rowSeqs(store)
    // Whole again from the first row shown: no gap between consecutive rows.
    expect(rows.every((seq, i) => i === 0 || seq === rows[i - 1]! + 1)).toBe(true)
    expect(rows.at(-1)).toBe(3_000)
  })
})

describe('TimelineStore with a pager: selection, time travel and the fresh mark', () => {
  it('keeps the selected entry readable after its page was let go', async () => {
    const host = hostSession(2_000)
    const store = host.started()
    store.select('x1950')
    await loadOlderPages(store, 5)
    expect(store.getSnapshot().rows.some((row) => row.id === 'x1950')).toBe(false)
    expect(store.get('x1950')?.seq).toBe(1_950)
    expect(store.getSnapshot().selectedId).toBe('x1950')
  })

  it('answers "did the store change after this entry?" with yes when it cannot see the entries after it', async () => {
    const host = hostSession(3_000)
    const store = new TimelineStore({ pager: host.pager, pageSize: 100, recentMax: 100 })
    store.begin(host.entries.slice(-100), 3_000)
    store.loadOlder()
    await settle()
    // 2950 is followed by 3000, which set `rare`; 2001 is older than the newest kept.
    expect(store.storeChangedAfter(store.get('x2950')!)).toBe(true)
    expect(store.storeChangedAfter(store.get('x2905')!)).toBe(true)
    store.upsert(host.add(makeExchange({ seq: 3_001 })))
    expect(store.storeChangedAfter(store.get('x3000')!)).toBe(false)
  })

  it('hides the whole session behind the fresh mark and loads nothing older than it', async () => {
    const host = hostSession(2_000)
    const store = host.started()
    store.markFresh()
    // Every entry of the session is behind the mark: the timeline says "no requests yet".
    expect(store.getSnapshot()).toMatchObject({
      rows: [],
      entryCount: 2_000,
      hiddenEarlier: 2_000,
      hasOlder: false,
    })
    store.upsert(host.add(makeExchange({ seq: 2_001 })))
    expect(rowSeqs(store)).toEqual([2_001])
    store.showEarlier()
    expect(store.getSnapshot()).toMatchObject({ hiddenEarlier: 0, hasOlder: true })
  })
})
