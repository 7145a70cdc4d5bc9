import { describe, expect, it } from 'vitest'
import {
  linkSpotlightToSelection,
  SpotlightStore,
} from '../../../src/renderer/src/stores/spotlight-store'
import { TimelineStore } from '../../../src/renderer/src/stores/timeline-store'
import { makeExchange, SERVER_URL } from '../factories'

describe('SpotlightStore', () => {
  it('shows a spotlight to its subscribers and clears it', () => {
    const store = new SpotlightStore()
    let calls = 0
    store.subscribe(() => calls++)
    expect(store.getSnapshot()).toBeNull()

    store.show({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 4, entryIds: ['e5'] })
    expect(store.getSnapshot()).toEqual({
      focus: { kind: 'row', path: '/getcookie' },
      sinceSeq: 4,
      entryIds: ['e5'],
    })
    expect(calls).toBe(1)

    store.clear()
    expect(store.getSnapshot()).toBeNull()
    expect(calls).toBe(2)
    // Clearing nothing is no change: nobody re-renders for it.
    store.clear()
    expect(calls).toBe(2)
  })

  it('keeps its own copy of the hint, so the caller may reuse its array', () => {
    const store = new SpotlightStore()
    const ids = ['e1']
    store.show({ focus: { kind: 'store', cookie: 'userID' }, sinceSeq: 0, entryIds: ids })
    ids.push('e2')
    expect(store.getSnapshot()?.entryIds).toEqual(['e1'])
  })
})

describe('linkSpotlightToSelection', () => {
  const get = (path: string, seq: number) => makeExchange({ url: `${SERVER_URL}${path}`, seq })

  it('selects the row the spotlight means, once it exists, and a newer one when the step runs again', () => {
    const spotlight = new SpotlightStore()
    const timeline = new TimelineStore()
    const unlink = linkSpotlightToSelection(spotlight, timeline)
    timeline.upsert(get('/getcookie', 1))
    expect(timeline.getSnapshot().selectedId).toBeNull()

    spotlight.show({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 1 })
    // The step's request has not happened: the old /getcookie is not the step's.
    expect(timeline.getSnapshot().selectedId).toBeNull()
    timeline.upsert(get('/', 2))
    expect(timeline.getSnapshot().selectedId).toBeNull()
    timeline.upsert(get('/getcookie', 3))
    expect(timeline.getSnapshot().selectedId).toBe('x3')

    // The learner looks at another row: a row that is not the step's does not take it back.
    timeline.select('x2')
    timeline.upsert(get('/setcookie', 4))
    expect(timeline.getSnapshot().selectedId).toBe('x2')
    // The same exchange, updated (its response came), is not a new one to select.
    timeline.upsert({ ...get('/getcookie', 3), status: 304 })
    expect(timeline.getSnapshot().selectedId).toBe('x2')
    // The step made its request again: the newer exchange is the one it means now.
    timeline.upsert(get('/getcookie', 5))
    expect(timeline.getSnapshot().selectedId).toBe('x5')

    // The step's checks found their proof: the same step, the same row, the learner's choice stays.
    const focus = spotlight.getSnapshot()!.focus
    timeline.select('x2')
    spotlight.show({ focus, sinceSeq: 1, entryIds: ['x5'] })
    expect(timeline.getSnapshot().selectedId).toBe('x2')
    // ... unless the proof is another row of the step: that is the one it means now.
    spotlight.show({ focus, sinceSeq: 1, entryIds: ['x3'] })
    expect(timeline.getSnapshot().selectedId).toBe('x3')

    // Showing a step's spotlight (the next step, or the same one again) selects what it means anew.
    timeline.select('x2')
    spotlight.show({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 1 })
    expect(timeline.getSnapshot().selectedId).toBe('x5')

    // A store focus, or none, selects nothing.
    timeline.select(null)
    spotlight.show({ focus: { kind: 'store', cookie: 'userID' }, sinceSeq: 0 })
    spotlight.clear()
    timeline.upsert(get('/getcookie', 6))
    expect(timeline.getSnapshot().selectedId).toBeNull()

    unlink()
    spotlight.show({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 0 })
    expect(timeline.getSnapshot().selectedId).toBeNull()
  })
})
