// Pages of the timeline for the UI: the newest page at `ready`, older and newer pages by seq, and
// the name filter's matches across the whole session with the runs between them counted. The
// host side reads a real PaneCapture fed recorded CDP events (test/fixtures/cdp); the filter's
// finer cases use built entries.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withFreshRequestIds, type RecordedCdpEvent } from '../../bench/ingest-rate'
import { PaneCapture } from '../../src/core/capture/pane-capture'
import { LabSession } from '../../src/core/lab-session'
import { BLANK_PANE_STATE, type PaneDriver } from '../../src/core/pane-driver'
import { entryPage, searchEntries } from '../../src/shared/timeline-pages'
import {
  READY_PAGE_LIMIT,
  type AppSnapshot,
  type EntryPage,
  type EntrySearchQuery,
} from '../../src/shared/contract'
import { dispatchCommand } from '../../src/shared/contract-schemas'
import type { Exchange, StoreChange, TimelineEntry } from '../../src/shared/domain'

const RECORDED: RecordedCdpEvent[] = JSON.parse(
  readFileSync('test/fixtures/cdp/set-get-delete.json', 'utf8'),
).events

const stillPane: PaneDriver = {
  navigate: async () => undefined,
  goBack: async () => undefined,
  goForward: async () => undefined,
  reload: async () => undefined,
  setZoom: async () => undefined,
  setColorScheme: async () => undefined,
  runScript: async () => undefined,
  state: () => BLANK_PANE_STATE,
  onState: () => () => undefined,
}

/** A session of ROUNDS replays of the recorded set-get-delete traffic. */
function sessionOf(rounds: number) {
  const capture = new PaneCapture({ storePollMs: 0 })
  for (const event of withFreshRequestIds(RECORDED, rounds)) {
    capture.ingest(event.method, event.params)
  }
  const session = new LabSession({
    capture,
    pane: stillPane,
    serverUrl: 'http://127.0.0.1:5123',
    httpsPort: 0,
  })
  return { capture, session }
}

const seqs = (entries: readonly TimelineEntry[]) => entries.map((entry) => entry.seq)

describe('ready and entryPage', () => {
  it('answers ready with the newest page and the count, and pages back to the first entry', async () => {
    const { capture, session } = sessionOf(150)
    const all = capture.entriesBySeq()
    expect(all.length).toBeGreaterThan(READY_PAGE_LIMIT * 2)
    const ready = (await dispatchCommand(session.handlers, 'ready', undefined)) as AppSnapshot
    expect(ready.entryCount).toBe(all.length)
    expect(seqs(ready.entries)).toEqual(seqs(all.slice(-READY_PAGE_LIMIT)))

    // Paging back from the oldest entry held gives every entry once, in order, and then ends.
    const seen = [...ready.entries]
    let fromSeq = ready.entries[0]!.seq
    for (;;) {
      const page = (await dispatchCommand(session.handlers, 'entryPage', {
        direction: 'older',
        fromSeq,
        limit: 250,
      })) as EntryPage
      expect(page.entries.length).toBeLessThanOrEqual(250)
      expect(page.to).toBe(fromSeq - 1)
      seen.unshift(...page.entries)
      if (page.end) break
      expect(page.from).toBe(page.entries[0]!.seq)
      fromSeq = page.from
    }
    expect(seqs(seen)).toEqual(seqs(all))
    session.close()
  })

  it('pages newer from a seq up to the newest, and says when it reached it', () => {
    const { capture, session } = sessionOf(20)
    const all = capture.entriesBySeq()
    const middle = all[30]!.seq
    const page = entryPage(all, { direction: 'newer', fromSeq: middle, limit: 25 })
    expect(seqs(page.entries)).toEqual(seqs(all.slice(31, 56)))
    expect(page).toMatchObject({ from: middle + 1, end: false })
    const last = entryPage(all, { direction: 'newer', fromSeq: all.at(-5)!.seq, limit: 25 })
    expect(last.entries).toHaveLength(4)
    expect(last.end).toBe(true)
    session.close()
  })

  it('refuses a page over the limit, a negative seq and a search text longer than any name', async () => {
    const { session } = sessionOf(1)
    await expect(
      dispatchCommand(session.handlers, 'entryPage', {
        direction: 'older',
        fromSeq: null,
        limit: 100_000,
      }),
    ).rejects.toThrow(/bad entryPage payload: limit/)
    await expect(
      dispatchCommand(session.handlers, 'entryPage', { direction: 'older', fromSeq: -1, limit: 5 }),
    ).rejects.toThrow(/fromSeq/)
    await expect(
      dispatchCommand(session.handlers, 'searchEntries', {
        direction: 'older',
        fromSeq: null,
        limit: 5,
        text: 'x'.repeat(5000),
        mode: 'touches',
      }),
    ).rejects.toThrow(/text/)
    session.close()
  })
})

/** An exchange as capture made it (the recorded /get), renumbered, with the cookies asked for. */
let template: Exchange | undefined
function exchangeAt(seq: number, cookies: { sent?: string; set?: string }): Exchange {
  template ??= sessionOf(1)
    .capture.entriesBySeq()
    .find((entry): entry is Exchange => entry.kind === 'exchange' && entry.considered.length > 0)
  if (!template) throw new Error('the fixture holds no exchange')
  const added: StoreChange[] = cookies.set
    ? [
        {
          type: 'added',
          cookie: { ...template.considered[0]!.cookie, name: cookies.set },
          cause: { by: 'script' },
          at: 0,
        },
      ]
    : []
  return {
    ...template,
    id: `x${seq}`,
    seq,
    cookiePairs: cookies.sent ? [{ name: cookies.sent, value: 'v' }] : [],
    considered: [],
    setCookies: [],
    storeChanges: added,
  }
}

describe('searchEntries', () => {
  // 1..600: every 100th sets k150; every 7th sends it; the rest are about other cookies.
  const entries = Array.from({ length: 600 }, (_, i) => {
    const seq = i + 1
    if (seq % 100 === 0) return exchangeAt(seq, { set: 'k150' })
    if (seq % 7 === 0) return exchangeAt(seq, { sent: 'K150' })
    return exchangeAt(seq, { sent: 'other' })
  })
  const query = (over: Partial<EntrySearchQuery>): EntrySearchQuery => ({
    direction: 'older',
    fromSeq: null,
    limit: 3,
    text: ' k150 ',
    mode: 'changes',
    ...over,
  })

  it('finds the rows that changed a cookie across the whole session, newest first, a page at a time', () => {
    const first = searchEntries(entries, query({}))
    expect(seqs(first.entries)).toEqual([400, 500, 600])
    // The runs between the matches are counted, not sent; the one above 600 is empty.
    expect(first.skipped).toEqual([
      { from: 401, to: 499, count: 99 },
      { from: 501, to: 599, count: 99 },
    ])
    expect(first).toMatchObject({ from: 400, to: 600, end: false, entryCount: 600 })
    const second = searchEntries(entries, query({ fromSeq: first.from }))
    expect(seqs(second.entries)).toEqual([100, 200, 300])
    expect(second.skipped.at(-1)).toEqual({ from: 301, to: 399, count: 99 })
    expect(second.end).toBe(false)
    const third = searchEntries(entries, query({ fromSeq: second.from }))
    expect(third.entries).toEqual([])
    expect(third).toMatchObject({ from: 0, to: 99, end: true })
    expect(third.skipped).toEqual([{ from: 1, to: 99, count: 99 }])
  })

  it('covers every entry once: matches plus counted runs make the session', () => {
    let fromSeq: number | null = null
    let matched = 0
    let skipped = 0
    for (let pages = 0; pages < 100; pages++) {
      const page: EntryPage = searchEntries(entries, query({ mode: 'touches', limit: 10, fromSeq }))
      matched += page.entries.length
      skipped += page.skipped.reduce((sum, run) => sum + run.count, 0)
      if (page.end) break
      fromSeq = page.from
    }
    expect(matched).toBe(6 + 85) // six setters, 85 senders (multiples of 7, none of 100)
    expect(matched + skipped).toBe(600)
  })

  it('searches newer from a seq too', () => {
    const page = searchEntries(entries, query({ direction: 'newer', fromSeq: 250, limit: 2 }))
    expect(seqs(page.entries)).toEqual([300, 400])
    expect(page.skipped).toEqual([
      { from: 251, to: 299, count: 49 },
      { from: 301, to: 399, count: 99 },
    ])
    expect(page).toMatchObject({ from: 251, to: 400, end: false })
  })
})
