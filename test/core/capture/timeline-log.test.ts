// The timeline log keeps its entries by seq as well as in the order they were put: an orphan
// exchange (heard first by its ExtraInfo) is put late with an early seq, and the UI's pages read
// the log by seq (src/shared/timeline-pages.ts).

import { describe, expect, it } from 'vitest'
import { TimelineLog } from '../../../src/core/capture/timeline-log'
import type { CaptureGap } from '../../../src/shared/domain'

const gap = (seq: number, endedAt: number | null = null): CaptureGap => ({
  kind: 'capture-gap',
  id: `gap-${seq}`,
  seq,
  time: seq,
  storeChanges: [],
  reason: { code: 'paneClosed' },
  endedAt,
})

describe('TimelineLog by seq', () => {
  it('places an entry put late by its seq, and a replaced one where it was', () => {
    const log = new TimelineLog(() => undefined)
    for (const seq of [1, 2, 5, 3, 6, 4]) log.put(gap(seq))
    expect(log.all.map((entry) => entry.seq)).toEqual([1, 2, 5, 3, 6, 4])
    expect(log.bySeq.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6])
    const ended = gap(3, 99)
    log.put(ended)
    expect(log.bySeq[2]).toBe(ended)
    expect(log.bySeq).toHaveLength(6)
  })

  it('moves an entry whose new version has another seq', () => {
    const log = new TimelineLog(() => undefined)
    for (const seq of [1, 2, 3]) log.put(gap(seq))
    log.put({ ...gap(1), seq: 4 })
    expect(log.bySeq.map((entry) => `${entry.id}@${entry.seq}`)).toEqual([
      'gap-2@2',
      'gap-3@3',
      'gap-1@4',
    ])
  })
})
