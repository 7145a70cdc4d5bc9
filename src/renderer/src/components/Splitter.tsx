// The bar between a column's two panels: drag it, or focus it and use the arrow keys, to give
// one panel more height and the other less. A window splitter in the WAI-ARIA sense: a focusable
// separator whose value is the share of the column the panel above it takes.

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { MAX_SHARE, MIN_SHARE } from '../stores/settings-store'
import './Splitter.css'

const KEY_STEP = 0.05
const PAGE_STEP = 0.15

export interface SplitterProps {
  /** Names the panel above and the one below: "Resize the browser pane and the cookie store". */
  label: string
  /** The id of the panel above, whose size the splitter sets. */
  controls: string
  /** The share of the column the panel above takes, between MIN_SHARE and MAX_SHARE. */
  share: number
  onShare(share: number): void
}

export function Splitter({ label, controls, share, onShare }: SplitterProps) {
  const dragging = useRef(false)

  const shareAt = (element: HTMLElement, clientY: number): number | null => {
    const column = element.parentElement?.getBoundingClientRect()
    const own = element.getBoundingClientRect()
    const height = (column?.height ?? 0) - own.height
    if (!column || height <= 0) return null
    // The pointer holds the middle of the bar: what is above it, less half the bar, is the top
    // panel's.
    return (clientY - column.top - own.height / 2) / height
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    dragging.current = true
    // Keep the drag when the pointer runs ahead of the bar, over the pane or out of the window.
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return
    const next = shareAt(event.currentTarget, event.clientY)
    if (next !== null) onShare(next)
  }
  const endDrag = () => {
    dragging.current = false
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowUp: share - KEY_STEP,
      ArrowDown: share + KEY_STEP,
      PageUp: share - PAGE_STEP,
      PageDown: share + PAGE_STEP,
      Home: MIN_SHARE,
      End: MAX_SHARE,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    onShare(next)
  }

  const percent = Math.round(share * 100)
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-controls={controls}
      aria-valuemin={Math.round(MIN_SHARE * 100)}
      aria-valuemax={Math.round(MAX_SHARE * 100)}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% above, ${100 - percent}% below`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onKeyDown={onKeyDown}
    />
  )
}
