// The timeline list's side of paging: it asks the store for older rows as the user nears the top
// (and for newer ones near the bottom, when the newest were let go), and keeps the row the user
// is reading where it is when rows come or go above it.

import type { Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import type { TimelineEntry } from '../../shared/domain'
import type { TimelineSnapshot, TimelineStore } from './stores/timeline-store'

// Pages are asked for while this many pixels of rows are left above (or below) the view: a
// page of rows is thousands of pixels, so a steady scroll rarely meets the edge.
const LOAD_AHEAD_PX = 1_500

interface Anchor {
  id: string
  /** The row's start minus the list's scroll offset. */
  offset: number
}

export function useTimelinePaging({
  timeline,
  snapshot,
  scrollRef,
  virtualizer,
  viewportHeight,
}: {
  timeline: TimelineStore
  snapshot: TimelineSnapshot
  scrollRef: RefObject<HTMLDivElement | null>
  virtualizer: Virtualizer<HTMLDivElement, Element>
  viewportHeight: number
}): { onListScroll(): void } {
  const { rows, following, hasOlder, hasNewer, loading, loadError } = snapshot
  const anchor = useRef<Anchor | null>(null)
  const anchoredRows = useRef<readonly TimelineEntry[]>(rows)

  const noteAnchor = useCallback(() => {
    const element = scrollRef.current
    if (!element) return
    const top = element.scrollTop
    const item = virtualizer.getVirtualItems().find((candidate) => candidate.end > top)
    const entry = item ? rows[item.index] : undefined
    anchor.current = item && entry ? { id: entry.id, offset: item.start - top } : null
  }, [rows, scrollRef, virtualizer])

  const loadNear = useCallback(() => {
    const element = scrollRef.current
    // Nothing to ask for (a live session that fits the UI's budget): the list's geometry is not
    // read at all, since reading it after every new row forced a layout in each commit of a burst.
    if (!element || (!hasOlder && !hasNewer) || loading !== null || loadError !== null) return
    const top = element.scrollTop
    if (hasOlder && top < LOAD_AHEAD_PX) timeline.loadOlder()
    else if (hasNewer && element.scrollHeight - top - element.clientHeight < LOAD_AHEAD_PX) {
      timeline.loadNewer()
    }
  }, [hasNewer, hasOlder, loadError, loading, scrollRef, timeline])

  // Rows came or went above the one the user reads (a page prepended, the far end let go):
  // scroll by as much, so it stays put. Following the newest row, the bottom is kept instead.
  useLayoutEffect(() => {
    if (anchoredRows.current === rows) return
    anchoredRows.current = rows
    const element = scrollRef.current
    const kept = anchor.current
    if (!element || !kept || following) return
    const index = rows.findIndex((entry) => entry.id === kept.id)
    const start = index >= 0 ? virtualizer.measurementsCache[index]?.start : undefined
    if (start === undefined) return
    const wanted = Math.max(0, start - kept.offset)
    if (Math.abs(element.scrollTop - wanted) >= 1) element.scrollTop = wanted
  }, [following, rows, scrollRef, virtualizer])

  // A list shorter than its view (a filter's few matches) or already near its edge asks at once.
  useLayoutEffect(() => {
    loadNear()
  }, [loadNear, rows, viewportHeight])

  const onListScroll = useCallback(() => {
    noteAnchor()
    loadNear()
  }, [loadNear, noteAnchor])

  return { onListScroll }
}
