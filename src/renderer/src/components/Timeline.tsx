// The timeline: one row per entry, newest at the bottom, followed live while the user stays at
// the bottom. Virtualised (rows have different heights, so each is measured), and a listbox a
// keyboard can drive: ↑/↓ move the selection, Home/End jump, Enter opens the detail.

import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { useApp, useStore } from '../app-context'
import { hostOfUrl } from '../stores/session-store'
import { TimelineEmpty } from './TimelineEmpty'
import { TimelineRow, rowDomId } from './TimelineRow'

// Rows within this many pixels of the bottom count as "at the bottom".
const BOTTOM_SLACK_PX = 24
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
  const assetLabel = snapshot.hiddenAssetCount > 0 ? ` (${snapshot.hiddenAssetCount} hidden)` : ''

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <div className="panel-header">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="panel-count">
          {rows.length} {rows.length === 1 ? 'row' : 'rows'}
        </span>
        <div className="panel-tools">
          <input
            type="search"
            className="filter-input"
            placeholder="Filter by cookie name"
            aria-label="Filter by cookie name"
            value={snapshot.filter}
            onChange={(event) => timeline.setFilter(event.target.value)}
          />
          <label className="toggle">
            <input
              type="checkbox"
              checked={snapshot.showAssets}
              onChange={(event) => timeline.setShowAssets(event.target.checked)}
            />
            Show assets{assetLabel}
          </label>
        </div>
      </div>
      {rows.length === 0 ? (
        <TimelineEmpty />
      ) : (
        <TimelineList
          serverHost={serverHost}
          onOpenDetail={onOpenDetail}
          following={following}
          selectedIndex={selectedIndex}
        />
      )}
    </section>
  )
}

interface TimelineListProps extends TimelineProps {
  serverHost: string | null
  following: boolean
  selectedIndex: number
}

function TimelineList({ serverHost, onOpenDetail, following, selectedIndex }: TimelineListProps) {
  const { stores } = useApp()
  const timeline = stores.timeline
  const { rows, selectedId } = useStore(timeline)
  const scrollRef = useRef<HTMLDivElement>(null)
  const lastScrollTop = useRef(0)

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
    getItemKey,
  })

  const lastIndex = rows.length - 1
  const lastId = rows[lastIndex]?.id
  useLayoutEffect(() => {
    if (following && lastIndex >= 0) virtualizer.scrollToIndex(lastIndex, { align: 'end' })
  }, [following, lastIndex, lastId, virtualizer])

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const onScroll = useCallback(() => {
    const element = scrollRef.current
    if (!element) return
    const top = element.scrollTop
    const atBottom = element.scrollHeight - top - element.clientHeight <= BOTTOM_SLACK_PX
    // Only a move up is the user's: rows growing as they are measured never scroll up.
    if (atBottom) timeline.setFollowing(true)
    else if (top < lastScrollTop.current) timeline.setFollowing(false)
    lastScrollTop.current = top
  }, [timeline])

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
    if (!move) return
    event.preventDefault()
    move()
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div className="timeline-body">
      <div
        ref={scrollRef}
        id="timeline-list"
        className="timeline-scroll"
        role="listbox"
        tabIndex={0}
        aria-label="Timeline entries, oldest first"
        aria-activedescendant={
          selectedId !== null && selectedIndex >= 0 ? rowDomId(selectedId) : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={onScroll}
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
                onSelect={(id) => timeline.select(id)}
                rowRef={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              />
            )
          })}
        </div>
      </div>
      {!following && (
        <button type="button" className="jump-latest" onClick={() => timeline.setFollowing(true)}>
          Jump to latest <span aria-hidden="true">↓</span>
        </button>
      )}
    </div>
  )
}
