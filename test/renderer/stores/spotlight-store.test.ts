import { describe, expect, it } from 'vitest'
import { SpotlightStore } from '../../../src/renderer/src/stores/spotlight-store'

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
