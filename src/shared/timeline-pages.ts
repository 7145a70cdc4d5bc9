// Pages of the timeline for the UI, which holds only what it shows: the newest entries at start,
// older (or newer) ones as the user scrolls, and the name filter's matches across the whole
// session. The host answers `entryPage` and `searchEntries` with these over the capture's entries
// in seq order; they are pure, so any timeline held whole (an imported file) can be paged alike.
// Never copies more than one page.

import type { EntryPage, EntryPageQuery, EntrySearchQuery, SkippedRun } from './contract'
import type { TimelineEntry } from './domain'
import { filterNeedle, matchesFilter } from './timeline-filter'

/** The first index whose seq is at or above SEQ. */
function lowerBound(sorted: readonly TimelineEntry[], seq: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle]?.seq ?? Infinity) < seq) low = middle + 1
    else high = middle
  }
  return low
}

/** Where a walk starts, and which way it goes, in SORTED. */
function walkOf(sorted: readonly TimelineEntry[], query: EntryPageQuery) {
  if (query.direction === 'older') {
    const start = query.fromSeq === null ? sorted.length : lowerBound(sorted, query.fromSeq)
    return { start: start - 1, step: -1 }
  }
  const start = query.fromSeq === null ? 0 : lowerBound(sorted, query.fromSeq + 1)
  return { start, step: 1 }
}

/** The entries just before (or after) a seq, every one of them. */
export function entryPage(sorted: readonly TimelineEntry[], query: EntryPageQuery): EntryPage {
  return searchPage(sorted, query, () => true)
}

/** The entries matching the name filter, just before (or after) a seq, with the runs between. */
export function searchEntries(
  sorted: readonly TimelineEntry[],
  query: EntrySearchQuery,
): EntryPage {
  const needle = filterNeedle(query.text)
  return searchPage(sorted, query, (entry) => matchesFilter(entry, needle, query.mode))
}

/**
 * Walks from the query's seq in its direction, keeping up to LIMIT entries that MATCH and counting
 * the runs of those that do not. It stops at the LIMIT-th match: the run beyond it is the next
 * page's, so a page's coverage ends at a match or at the end of the session. Linear in the
 * entries walked; each entry's names are prepared once per version (timeline-filter.ts).
 */
function searchPage(
  sorted: readonly TimelineEntry[],
  query: EntryPageQuery,
  matches: (entry: TimelineEntry) => boolean,
): EntryPage {
  const { start, step } = walkOf(sorted, query)
  const entries: TimelineEntry[] = []
  const skipped: SkippedRun[] = []
  let run: SkippedRun | null = null
  let last: number | null = null
  let index = start
  for (; index >= 0 && index < sorted.length && entries.length < query.limit; index += step) {
    const entry = sorted[index] as TimelineEntry
    last = entry.seq
    if (matches(entry)) {
      entries.push(entry)
      run = null
      continue
    }
    if (run === null) {
      run = { from: entry.seq, to: entry.seq, count: 0 }
      skipped.push(run)
    }
    run.count++
    if (step < 0) run.from = entry.seq
    else run.to = entry.seq
  }
  const end = index < 0 || index >= sorted.length
  if (step < 0) {
    entries.reverse()
    skipped.reverse()
  }
  // Coverage: from the query's seq to the last entry walked, or to the session's end.
  const newest = sorted.at(-1)?.seq ?? 0
  const near = query.fromSeq === null ? (step < 0 ? newest : 0) : query.fromSeq + step
  const far = end ? (step < 0 ? 0 : Math.max(newest, near)) : (last ?? near)
  return {
    entries,
    skipped,
    from: step < 0 ? far : near,
    to: step < 0 ? near : far,
    end,
    entryCount: sorted.length,
  }
}
