// Where the pane view goes: the renderer reports its empty slot in CSS pixels; Electron places
// views in window pixels (DIPs). Pure, so the arithmetic is tested without a window.

import type { PaneBounds } from '../shared/contract'

export interface ContentSize {
  width: number
  height: number
}

/** Integer bounds inside the window's content area. Edges are rounded, not sizes, so two
 * neighbouring slots never overlap or leave a one-pixel seam. `zoomFactor` is the UI's
 * page zoom: at 125 % one CSS pixel is 1.25 window pixels. */
export function clampPaneBounds(
  bounds: PaneBounds,
  content: ContentSize,
  zoomFactor = 1,
): PaneBounds {
  const clamp = (value: number, max: number) => Math.min(Math.max(Math.round(value), 0), max)
  const left = clamp(bounds.x * zoomFactor, content.width)
  const top = clamp(bounds.y * zoomFactor, content.height)
  const right = clamp((bounds.x + bounds.width) * zoomFactor, content.width)
  const bottom = clamp((bounds.y + bounds.height) * zoomFactor, content.height)
  return { x: left, y: top, width: Math.max(right - left, 0), height: Math.max(bottom - top, 0) }
}
