// The timeline: one row per entry, newest at the bottom, followed live while the user stays at
// the bottom. Virtualised (rows have different heights, so each is measured), and a listbox a
// keyboard can drive: ↑/↓ move the selection, Home/End jump, Enter opens the detail.

import { useVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useState,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useLanguage, useStore } from '../app-context'
import { entryLabel } from '../entry-display'
import type { SpotlightTarget } from '../lesson-focus'
import { hostOfUrl } from '../stores/session-store'
import type { TimelineSnapshot } from '../stores/timeline-store'
import { useSpotlitExchange } from '../use-spotlight-target'
import { useTimelinePaging } from '../use-timeline-paging'
import { SPOTLIGHT_HINT, SpotlightHint, SpotlightNote, SpotlightWaiting } from './Spotlight'
import { TimelineEmpty } from './TimelineEmpty'
import { TimelineFreshNote } from './TimelineFreshNote'
import { TimelinePageEdge } from './TimelinePageEdge'
import { TimelineRow, rowDomId, type RowSpotlight } from './TimelineRow'
import './Timeline.css'

// Rows within this many pixels of the bottom count as "at the bottom".
const BOTTOM_SLACK_PX = 24
// A scroll this soon after the user's last wheel, touch or key is still theirs: momentum keeps
// the list moving after the input itself has stopped.
const USER_SCROLL_WINDOW_MS = 1000
const PAGE_ROWS = 10
// A two-line exchange row; rows are measured once drawn, so this only seeds the layout.
const ROW_ESTIMATE_PX = 88
const estimateRowSize = () => ROW_ESTIMATE_PX

export interface TimelineProps {
  /** Enter on a row: move focus to the detail of the selection. */
  onOpenDetail(): void
}

export function Timeline({ onOpenDetail }: TimelineProps) {
  const { stores } = useApp()
  const timeline = stores.timeline
  const snapshot = useStore(timeline)
  const session = useStore(stores.session)
  const serverHost = hostOfUrl(session.serverUrl)
  const { rows, selectedIndex, following } = snapshot
  const spotlight = useSpotlitExchange()

  return (
    <section
      id="timeline-panel"
      className="panel timeline-panel"
      aria-labelledby="timeline-heading"
    >
      <div className="panel-header">
        <h2 id="timeline-heading">{formatMessage('ui.timeline.heading', undefined)}</h2>
        <span className="panel-count">
          {formatMessage('ui.timeline.rows', { count: rows.length })}
        </span>
        <TimelineTools
          filter={snapshot.filter}
          filterMode={snapshot.filterMode}
          showAssets={snapshot.showAssets}
          hiddenAssetCount={snapshot.hiddenAssetCount}
        />
      </div>
      <TimelineFreshNote />
      {spotlight && <TimelineSpotlightNote target={spotlight} snapshot={snapshot} />}
      {rows.length === 0 &&
      !snapshot.hasOlder &&
      !snapshot.hasNewer &&
      snapshot.loading === null ? (
        <TimelineEmpty />
      ) : (
        <TimelineList
          serverHost={serverHost}
          onOpenDetail={onOpenDetail}
          following={following}
          selectedIndex={selectedIndex}
          spotlight={spotlight}
        />
      )}
    </section>
  )
}

interface TimelineToolsProps {
  filter: string
  filterMode: TimelineSnapshot['filterMode']
  showAssets: boolean
  hiddenAssetCount: number
}

/**
 * The filter and the toggles. Memoised: the list renders again at every new row, and writing the
 * same values back into the inputs each time was a share of a burst's work of its own.
 */
const TimelineTools = memo(function TimelineTools({
  filter,
  filterMode,
  showAssets,
  hiddenAssetCount,
}: TimelineToolsProps) {
  const { stores } = useApp()
  const timeline = stores.timeline
  useLanguage()
  return (
    <div className="panel-tools">
      <input
        type="search"
        className="filter-input"
        placeholder={formatMessage('ui.timeline.filter', undefined)}
        aria-label={formatMessage('ui.timeline.filterLabel', undefined)}
        value={filter}
        onChange={(event) => timeline.setFilter(event.target.value)}
      />
      {/* "Which row set k150?": the rows that sent it are many, the ones that set it few. A
          checkbox, not a <select>: the list's rows are the page's only options. */}
      <label className="toggle" title={formatMessage('timeline.filterMode.title', undefined)}>
        <input
          type="checkbox"
          checked={filterMode === 'changes'}
          onChange={(event) => timeline.setFilterMode(event.target.checked ? 'changes' : 'touches')}
        />
        {formatMessage('timeline.filterMode.changes', undefined)}
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={showAssets}
          onChange={(event) => timeline.setShowAssets(event.target.checked)}
        />
        {formatMessage('ui.timeline.showAssets', { hidden: hiddenAssetCount })}
      </label>
    </div>
  )
})

/**
 * Above the list while a lesson step is shown: what the step waits for while its exchange has
 * not come, or that its row is hidden (by the name filter, or as an asset), with a way to show
 * it. Nothing once the row is lit: the row speaks for itself.
 */
function TimelineSpotlightNote({
  target,
  snapshot,
}: {
  target: SpotlightTarget
  snapshot: TimelineSnapshot
}) {
  const { stores } = useApp()
  const timeline = stores.timeline
  if (target.on === 'nothing') return <SpotlightWaiting focus={target.focus} />
  if (target.on !== 'exchange') return null
  const { entryId } = target
  if (snapshot.rows.some((row) => row.id === entryId))
    return <SpotlightHint id={SPOTLIGHT_HINT.timeline} />
  const entry = timeline.get(entryId)
  if (!entry) return null
  return (
    <SpotlightNote>
      {formatMessage('spotlight.hidden', { entry: entryLabel(entry.seq) })}
      <button
        type="button"
        onClick={() => {
          timeline.setFilter('')
          if (entry.kind === 'exchange' && entry.isAsset) timeline.setShowAssets(true)
        }}
      >
        {formatMessage('spotlight.showIt', undefined)}
      </button>
    </SpotlightNote>
  )
}

interface TimelineListProps extends TimelineProps {
  serverHost: string | null
  following: boolean
  selectedIndex: number
  spotlight: SpotlightTarget | null
}

function TimelineList({
  serverHost,
  onOpenDetail,
  following,
  selectedIndex,
  spotlight,
}: TimelineListProps) {
  const { stores } = useApp()
  const timeline = stores.timeline
  const snapshot = useStore(timeline)
  const { rows, selectedId, selectionCount, hiddenBefore, filter } = snapshot
  // The edges of a long session's loaded rows: a line above the list and one below it, outside
  // the listbox (whose children are its options).
  const olderEdge = snapshot.hasOlder || (snapshot.loading !== null && snapshot.loading !== 'newer')
  // Below, only while newer rows come or could not: "Jump to latest" is there otherwise.
  const newerEdge =
    snapshot.hasNewer && (snapshot.loading === 'newer' || snapshot.failed === 'newer')
  const focus = filter.trim().toLowerCase()
  const onSelect = useCallback((id: string) => timeline.select(id), [timeline])
  const scrollRef = useRef<HTMLDivElement>(null)
  const remRef = useRef<HTMLDivElement>(null)
  // One object while the spotlight lights the same things: rows are memoised on their props.
  const spotEntryId = spotlight?.on === 'exchange' ? spotlight.entryId : null
  const spotHeader = spotlight?.on === 'exchange' ? spotlight.header : null
  const spotCookie = spotlight?.on === 'exchange' ? spotlight.cookie : null
  // Presenter dims the other rows only while the lit one is among them.
  const spotShown = spotEntryId !== null && rows.some((row) => row.id === spotEntryId)
  const rowSpotlight = useMemo<RowSpotlight>(
    () => ({ header: spotHeader, cookie: spotCookie }),
    [spotHeader, spotCookie],
  )

  // Stable functions: the virtualiser recomputes every row's offset when they change.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // The app does not use the React Compiler, which is what this rule protects; the virtualiser
  // re-renders this component itself when its measurements change.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowSize,
    // Following the newest row, start at the bottom rather than draw the top and scroll away.
    initialOffset: () => (following ? rows.length * ROW_ESTIMATE_PX : 0),
    overscan: 6,
    useFlushSync: false,
    getItemKey,
  })

  const lastIndex = rows.length - 1
  const lastId = rows[lastIndex]?.id
  const totalSize = virtualizer.getTotalSize()
  const { height: viewportHeight, lineWidth } = useListSize(scrollRef, remRef)
  const bottom = Math.max(0, totalSize - viewportHeight)
  // Following, a jump of more than a screenful (the filter changed or cleared, assets shown):
  // the virtualiser picks its rows from the bottom in this very render, as its own anchoring does
  // (it sets its offset in render too), instead of drawing the rows at the list's old offset,
  // laying them out and dropping them when the scroll lands, which was most of the clearing
  // key's time. The layout effect below then writes the offset to the list. A ref, not a value
  // of this render: a render React discards (StrictMode's second, an interrupted one) may have
  // moved the virtualiser's offset already, and the render that commits must still write it.
  const jumpToBottom = useRef(false)
  if (
    following &&
    viewportHeight > 0 &&
    virtualizer.scrollOffset !== null &&
    Math.abs(virtualizer.scrollOffset - bottom) > viewportHeight
  ) {
    virtualizer.scrollOffset = bottom
    jumpToBottom.current = true
  }
  const { onListScroll } = useTimelinePaging({
    timeline,
    snapshot,
    scrollRef,
    virtualizer,
    viewportHeight,
  })
  // The selected row the list keeps in view, until the user scrolls it out of sight; selecting
  // it again (a click on it) brings it back.
  const keptInView = useRef<string | null>(null)
  const seenSelection = useRef(-1)
  // One rule for every move of the layout (a new row, a new selection, rows measured taller under
  // presenter or zoom, a resized window): keep in view what the user is looking at, the newest
  // row while following, else the selected row.
  useLayoutEffect(() => {
    if (selectionCount !== seenSelection.current) {
      seenSelection.current = selectionCount
      keptInView.current = selectedId
    }
    if (following) {
      // The bottom, from what the list already knows (its rows' sizes, its own height), written
      // without reading the layout back: the virtualiser's scrollToIndex measured the scrolling
      // box at every new row, a forced layout that was the largest share of a burst's frames.
      const element = scrollRef.current
      const behind =
        jumpToBottom.current || Math.abs((virtualizer.scrollOffset ?? -1) - bottom) >= 1
      jumpToBottom.current = false
      if (lastIndex >= 0 && element && behind) element.scrollTop = bottom
    } else if (selectedIndex >= 0 && keptInView.current === selectedId) {
      // A row taller than the list (large type, a short list) shows its head, not its tail.
      const size = virtualizer.measurementsCache[selectedIndex]?.size ?? 0
      const align = size > viewportHeight && viewportHeight > 0 ? 'start' : 'auto'
      virtualizer.scrollToIndex(selectedIndex, { align })
    }
  }, [
    following,
    lastIndex,
    lastId,
    selectedId,
    selectedIndex,
    selectionCount,
    bottom,
    viewportHeight,
    virtualizer,
  ])

  // Only the user's own scrolling says whether to follow the newest row. The list also scrolls
  // when its layout changes and when it is told to (above): none of that is the user leaving
  // the bottom, and reading it as such turned following back on under a selected older row.
  const userInputAt = useRef(-Infinity)
  const pointerHeld = useRef(false)
  const noteUserInput = useCallback(() => {
    userInputAt.current = performance.now()
  }, [])
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    // The list's own box, not a row: its scrollbar. A click on a row selects it instead.
    if (event.target !== event.currentTarget) return
    pointerHeld.current = true
    const done = new AbortController()
    const release = () => {
      pointerHeld.current = false
      noteUserInput()
      done.abort()
    }
    window.addEventListener('pointerup', release, { signal: done.signal })
    window.addEventListener('pointercancel', release, { signal: done.signal })
  }

  const onScroll = () => {
    const element = scrollRef.current
    if (!element) return
    onListScroll()
    const byUser =
      pointerHeld.current || performance.now() - userInputAt.current < USER_SCROLL_WINDOW_MS
    if (!byUser) return
    const top = element.scrollTop
    const bottom = top + element.clientHeight
    timeline.setFollowing(element.scrollHeight - bottom <= BOTTOM_SLACK_PX)
    const selected = selectedIndex >= 0 ? virtualizer.measurementsCache[selectedIndex] : undefined
    keptInView.current =
      selected && selected.end > top && selected.start < bottom ? selectedId : null
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => timeline.moveSelection(1),
      ArrowUp: () => timeline.moveSelection(-1),
      PageDown: () => timeline.moveSelection(PAGE_ROWS),
      PageUp: () => timeline.moveSelection(-PAGE_ROWS),
      Home: () => timeline.selectFirst(),
      End: () => timeline.selectLast(),
      Enter: () => {
        if (selectedId !== null) onOpenDetail()
      },
    }
    const move = moves[event.key]
    if (!move) {
      // Space scrolls the list itself; every other key leaves it alone.
      if (event.key === ' ') noteUserInput()
      return
    }
    event.preventDefault()
    move()
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div className="timeline-body">
      <div ref={remRef} className="timeline-rem-probe" aria-hidden="true" />
      {olderEdge && <TimelinePageEdge side="older" snapshot={snapshot} timeline={timeline} />}
      <div
        ref={scrollRef}
        id="timeline-list"
        className="timeline-scroll"
        data-spotlight={spotShown ? 'on' : undefined}
        role="listbox"
        tabIndex={0}
        aria-label={formatMessage('ui.timeline.list', undefined)}
        aria-activedescendant={
          selectedId !== null && selectedIndex >= 0 ? rowDomId(selectedId) : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        onWheel={noteUserInput}
        onTouchMove={noteUserInput}
        onPointerDown={onPointerDown}
      >
        <div
          className="timeline-canvas"
          role="presentation"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const entry = rows[item.index]
            if (!entry) return null
            return (
              <TimelineRow
                key={item.key}
                entry={entry}
                index={item.index}
                selected={entry.id === selectedId}
                serverHost={serverHost}
                focus={focus}
                hiddenBefore={hiddenBefore.get(entry.id)}
                onSelect={onSelect}
                rowRef={virtualizer.measureElement}
                top={item.start}
                lineWidth={lineWidth}
                spotlight={entry.id === spotEntryId ? rowSpotlight : undefined}
              />
            )
          })}
        </div>
      </div>
      {newerEdge && <TimelinePageEdge side="newer" snapshot={snapshot} timeline={timeline} />}
      {!following && (
        // Below the list, not over it: a button floating on the rows hid the newest one's chips.
        <div className="timeline-paused">
          <span>{formatMessage('ui.timeline.paused', undefined)}</span>
          <button type="button" className="jump-latest" onClick={() => timeline.setFollowing(true)}>
            {formatMessage('ui.timeline.jumpLatest', undefined)} <span aria-hidden="true">↓</span>
          </button>
        </div>
      )}
    </div>
  )
}

// A row's padding and border across (TimelineRow.css), and the chip line's indent, in rem.
const ROW_FRAME_REM = 0.9 + 0.75 + 0.3 + 2.8

/**
 * The list's height in px, and the width of a row's chip line in rem, kept up to date as the list
 * is resized or the type scaled (presenter, zoom): REM_REF is an element 10rem wide. Observed,
 * never read back in a render, so following the list costs no extra layout.
 */
function useListSize(
  ref: RefObject<HTMLElement | null>,
  remRef: RefObject<HTMLElement | null>,
): { height: number; lineWidth: number } {
  const [size, setSize] = useState({ height: 0, lineWidth: 0 })
  useEffect(() => {
    const element = ref.current
    const rem = remRef.current
    if (!element || !rem || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      const remPx = rem.offsetWidth / 10
      // Whole rem: a pixel or two of resizing does not redraw every row.
      const lineWidth = remPx > 0 ? Math.floor(element.clientWidth / remPx - ROW_FRAME_REM) : 0
      const height = element.clientHeight
      setSize((old) =>
        old.height === height && old.lineWidth === lineWidth ? old : { height, lineWidth },
      )
    })
    observer.observe(element)
    observer.observe(rem)
    return () => observer.disconnect()
  }, [ref, remRef])
  return size
}
