// The HAR desk (the UI worker's and the host's): a long file's newest entries answered first, the
// older ones a page at a time, every entry read exactly once and in its place, and the file let go
// when done or replaced.

import { describe, expect, it } from 'vitest'
import { HarDesk } from '../../../src/core/har/har-desk'
import type { HarMore } from '../../../src/shared/har'
import { harText } from './har-text'

describe('HarDesk', () => {
  it('answers with the newest entries, then reads every older one once, in pages', () => {
    const desk = new HarDesk(3, 4)
    const opening = desk.openText('long.har', harText(12, 5))
    if (!opening.ok) throw new Error('does not read')
    expect(opening.har.exchanges.map((e) => e.seq)).toEqual([10, 11, 12])
    let more: HarMore | null = opening.more
    expect(more).toEqual({ ref: 1, before: 9 })
    const seqs = opening.har.exchanges.map((e) => e.seq)
    const notes = []
    while (more) {
      const page = desk.page(more.ref, more.before)
      seqs.unshift(...page.exchanges.map((e) => e.seq))
      notes.push(...page.notes)
      more = page.more
    }
    // Entry 5 (row 6) has no request: left out, said, and its number not reused.
    expect(seqs).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12])
    expect(notes.map((n) => n.code)).toEqual(['harEntryInvalid'])
    // Done: the file is let go.
    expect(() => desk.page(1, 1)).toThrow(/no longer open/)
  })

  it('holds only the newest file: an older one’s pages are refused', () => {
    const desk = new HarDesk(2, 2)
    const first = desk.openText('a.har', harText(6))
    const second = desk.openText('b.har', harText(6))
    expect(first.ok && first.more?.ref).toBe(1)
    expect(second.ok && second.more?.ref).toBe(2)
    expect(() => desk.page(1, 4)).toThrow(/no longer open/)
    expect(desk.page(2, 4).exchanges.map((e) => e.url)).toEqual([
      'https://shop.test/n/2',
      'https://shop.test/n/3',
    ])
  })

  it('answers a short file whole, with nothing more to ask for', () => {
    const opening = new HarDesk().openText('short.har', harText(3))
    expect(opening.ok && opening.har.exchanges.length).toBe(3)
    expect(opening.ok && opening.more).toBeNull()
  })
})
