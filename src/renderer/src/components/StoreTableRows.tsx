// The store table's body: one <tbody> per cookie (its row and the notes under it), all of them
// for a store of ordinary size, and only those in view for a large one. Chromium keeps about 180
// cookies for a site; laying out and painting all of them again at every store change was most of
// a traffic burst's frame (the bench's burst), so past VIRTUAL_FROM cookies the rows are
// virtualised as the timeline is, with spacer bodies standing for the rows out of view.

import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { StoreCookieRow, type StoreCookieRowProps } from './StoreCookieRow'

export interface StoreRowItem {
  key: string
  props: StoreCookieRowProps
}

/** From this many rows on, only those in view (and a few around them) are in the page. */
export const VIRTUAL_FROM = 60

// A cookie's row without notes, at normal type; measured rows replace the estimate.
const ROW_ESTIMATE_PX = 44

export function StoreTableRows({
  items,
  columns,
  scrollRef,
  headRef,
  revealIndex = -1,
}: {
  items: readonly StoreRowItem[]
  columns: number
  /** The panel's scrolling box. */
  scrollRef: RefObject<HTMLElement | null>
  /** The table's head, whose height lies between the scrolling box's top and the first row. */
  headRef: RefObject<HTMLElement | null>
  /** A row that must be in the page (a lesson's spotlight on it); -1 for none. */
  revealIndex?: number
}) {
  const virtual = items.length > VIRTUAL_FROM
  const scrollMargin = useHeadHeight(headRef, virtual)
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items])
  // The rule protects the React Compiler, which the app does not use (as in Timeline.tsx).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey,
    overscan: 8,
    scrollMargin,
    useFlushSync: false,
  })
  useLayoutEffect(() => {
    if (virtual && revealIndex >= 0) virtualizer.scrollToIndex(revealIndex, { align: 'center' })
  }, [virtual, revealIndex, virtualizer])
  if (!virtual) {
    return items.map((item) => (
      <tbody key={item.key}>
        <StoreCookieRow {...item.props} />
      </tbody>
    ))
  }
  const shown = virtualizer.getVirtualItems()
  const first = shown[0]
  const last = shown.at(-1)
  const above = first ? first.start - scrollMargin : 0
  const below = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0
  return (
    <>
      <Spacer height={above} columns={columns} />
      {shown.map((virtualRow) => {
        const item = items[virtualRow.index]
        if (!item) return null
        return (
          <tbody key={item.key} data-index={virtualRow.index} ref={virtualizer.measureElement}>
            <StoreCookieRow {...item.props} />
          </tbody>
        )
      })}
      <Spacer height={below} columns={columns} />
    </>
  )
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tbody aria-hidden="true" className="store-spacer">
      <tr>
        <td colSpan={columns} style={{ height }} />
      </tr>
    </tbody>
  )
}

/** The head's height, observed while the rows are virtualised (type and zoom change it). */
function useHeadHeight(headRef: RefObject<HTMLElement | null>, active: boolean): number {
  const [height, setHeight] = useState(0)
  useLayoutEffect(() => {
    const head = headRef.current
    if (!active || !head || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setHeight(head.offsetHeight))
    observer.observe(head)
    return () => observer.disconnect()
  }, [headRef, active])
  return height
}
