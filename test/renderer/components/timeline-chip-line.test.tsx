// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  TimelineChipLine,
  chipWidthRem,
  chipsThatFit,
  type SizedChip,
} from '../../../src/renderer/src/components/TimelineChipLine'

const chips = (n: number, chars = 10): SizedChip[] =>
  Array.from({ length: n }, (_, i) => ({
    chip: <span key={i} className="chip">{`c${i}`}</span>,
    chars,
  }))

afterEach(cleanup)

describe('chip lines of a crowded row', () => {
  it('keeps every chip that fits in two lines, and all of them when they fit', () => {
    const width = 40 // rem
    const one = chipWidthRem(chips(1)[0]!)
    // Two lines hold this many chips of this size, the label taking the first line's start.
    const perLine = (w: number) => Math.floor((w + 0.4) / (one + 0.4))
    const fitting = perLine(width - 5.6 - 0.4) + perLine(width)
    expect(chipsThatFit(chips(fitting), width)).toBe(fitting)
    // One more and "+N more" needs room: fewer chips are kept, never more than fit.
    const kept = chipsThatFit(chips(176), width)
    expect(kept).toBeLessThan(fitting)
    expect(kept).toBeGreaterThanOrEqual(fitting - 2)
  })

  it('gives a chip wider than the line lines of its own, and always draws the first', () => {
    expect(chipsThatFit(chips(1, 200), 30)).toBe(1)
    expect(chipsThatFit([...chips(1, 200), ...chips(5)], 30)).toBe(1)
    expect(chipsThatFit(chips(6, 40), 30)).toBe(2)
    expect(chipsThatFit(chips(0), 30)).toBe(0)
  })

  it('draws a few chips before the list has a width, and says how many are not drawn', () => {
    render(<TimelineChipLine label="Cookie" chips={chips(176)} width={0} />)
    expect(document.querySelectorAll('.chip:not(.chip-more)')).toHaveLength(12)
    const more = screen.getByText('+164 more')
    expect(more.getAttribute('title')).toMatch(/176 cookies; select the row/)
  })

  it('shows no "+N more" when every chip is drawn', () => {
    render(<TimelineChipLine label="Cookie" chips={chips(3)} width={60} />)
    expect(document.querySelectorAll('.chip')).toHaveLength(3)
    expect(screen.queryByText(/more$/)).toBeNull()
  })
})
