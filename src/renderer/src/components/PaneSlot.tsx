// The empty place where the browser pane's page goes. In Electron a native view is laid over
// it (native views draw above all HTML, so nothing of the UI may overlap this rectangle); in the
// test harness the harness paints the pane page into it. It reports its bounds in CSS pixels
// whenever they may have moved: a resize, a window resize, a zoom or presenter change.

import { useLayoutEffect, useRef } from 'react'
import type { PaneBounds } from '../../../shared/contract'
import { useApp, useStore } from '../app-context'
import './PaneSlot.css'

export const NO_PANE: PaneBounds = { x: 0, y: 0, width: 0, height: 0 }

export function boundsOf(element: Element): PaneBounds {
  const rect = element.getBoundingClientRect()
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height }
}

export function PaneSlot({ onBounds }: { onBounds(bounds: PaneBounds): void }) {
  const { stores } = useApp()
  // Zoom and presenter rescale the whole window: read them so a change re-reports the bounds.
  const { rootFontPx } = useStore(stores.settings)
  const slotRef = useRef<HTMLDivElement>(null)
  const lastReported = useRef('')

  useLayoutEffect(() => {
    const slot = slotRef.current
    if (!slot) return
    const report = () => {
      const bounds = boundsOf(slot)
      const key = `${bounds.x},${bounds.y},${bounds.width},${bounds.height}`
      if (key === lastReported.current) return
      lastReported.current = key
      onBounds(bounds)
    }
    report()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report)
    // The slot's own size, and the whole page's: a toolbar growing moves the slot down.
    observer?.observe(slot)
    observer?.observe(document.documentElement)
    window.addEventListener('resize', report)
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', report)
    }
  }, [onBounds, rootFontPx])

  // Gone (the pane crashed and a message stands in its place): the native view must hide.
  useLayoutEffect(() => {
    const last = lastReported
    return () => {
      last.current = ''
      onBounds(NO_PANE)
    }
  }, [onBounds])

  return <div ref={slotRef} className="pane-slot" data-testid="pane-slot" />
}
