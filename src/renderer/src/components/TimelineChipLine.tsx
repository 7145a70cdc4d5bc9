// One line of a timeline row (Cookie, Set-Cookie): its label and chips, at most two lines high.
// Chips that do not fit give way to a "+N more" chip; the detail view shows every one.
//
// What fits is worked out from the chips' text, not measured in the DOM: a burst brings a row a
// frame with 176 cookies each, and reading the layout back from every new row forced the whole
// window (the inspector's full store included) to be laid out again several times a frame; in
// the profile of a burst that was the largest single cost. The widths are in rem, so presenter mode and zoom, which scale the root font, scale
// them too; the line's width comes from the list (TimelineList observes it). The estimate leans
// wide: a line may end short of the edge, and "+N more" counts exactly the chips not drawn.

import type { ReactElement, ReactNode } from 'react'
import { formatMessage } from '../../../shared/messages/format-message'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'

/** A chip and the length of its text, for the estimate of its width. */
export interface SizedChip {
  chip: ReactElement
  /** Characters of text on the chip (name=value, badges, reason). */
  chars: number
  /** Further width in rem: icons, badges' own padding. */
  extraRem?: number
}

const MAX_LINES = 2
const UNMEASURED_CHIPS = 12
// From CookieChip.css and TimelineRow.css: a chip's font is 0.92rem, and a character of its
// monospace text is at most 0.6em wide (proportional text, narrower, is counted as wide);
// 0.5rem padding each side, a 2px border, and 0.4rem between chips. The line's label takes
// 5.6rem before the first chip.
const CHAR_REM = 0.92 * 0.6
const CHIP_FRAME_REM = 1 + 0.15
const GAP_REM = 0.4
const LABEL_REM = 5.6
// "+176 more", its frame included.
const MORE_CHIP_REM = 9 * CHAR_REM + CHIP_FRAME_REM

export const chipWidthRem = (chip: SizedChip) =>
  chip.chars * CHAR_REM + CHIP_FRAME_REM + (chip.extraRem ?? 0)

/**
 * How many of CHIPS fit, in order, in two lines of WIDTH rem, leaving room for "+N more" when
 * some do not. Items wrap as flex-wrap places them; a chip wider than the line wraps inside
 * itself and takes lines of its own; the first chip is always drawn. A width of 0 (the list not laid out yet, or a DOM without
 * layout) draws a few: the list's first observation, before the first paint, brings the width.
 */
export function chipsThatFit(chips: readonly SizedChip[], width: number): number {
  if (width <= 0) return Math.min(chips.length, UNMEASURED_CHIPS)
  const place = (count: number, withMore: boolean) => {
    let lines = 1
    let x = LABEL_REM
    const widths = chips.slice(0, count).map(chipWidthRem)
    if (withMore) widths.push(MORE_CHIP_REM)
    for (const w of widths) {
      if (x > 0 && x + GAP_REM + w > width) {
        lines += 1
        x = 0
      }
      if (w > width) {
        lines += Math.ceil(w / width) - 1
        x = width
      } else {
        x += (x > 0 ? GAP_REM : 0) + w
      }
    }
    return lines <= MAX_LINES
  }
  if (place(chips.length, false)) return chips.length
  // The first chip, the one that matters most, is drawn even when it is taller than the lines.
  let shown = 1
  while (shown < chips.length && place(shown + 1, true)) shown += 1
  return shown
}

export interface TimelineChipLineProps {
  label: string
  /** The chips, the ones that matter most first (the row decides the order). */
  chips: readonly SizedChip[]
  /** The width of the line in rem; 0 when not known. */
  width: number
  /** Shown in place of chips when there are none. */
  empty?: ReactNode
  /** The lesson step on screen is about this header (the spotlight). */
  spotlit?: boolean
}

export function TimelineChipLine({
  label,
  chips,
  width,
  empty,
  spotlit = false,
}: TimelineChipLineProps) {
  const shown = chipsThatFit(chips, width)
  const hidden = chips.length - shown
  return (
    <div
      className={spotlit ? `row-line ${SPOTLIT}` : 'row-line'}
      aria-describedby={spotlit ? SPOTLIGHT_HINT.timeline : undefined}
    >
      <span className="line-label">{label}</span>
      {chips.length === 0 ? empty : chips.slice(0, shown).map(({ chip }) => chip)}
      {hidden > 0 && (
        <span
          className="chip chip-more"
          title={formatMessage('timeline.moreChipsTitle', { count: chips.length })}
        >
          {formatMessage('timeline.moreChips', { count: hidden })}
        </span>
      )}
    </div>
  )
}
