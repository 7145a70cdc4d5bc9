// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/components/App'
import { renderInApp } from '../render-app'
import { MAX_SHARE } from '../../../src/renderer/src/stores/settings-store'

afterEach(cleanup)

const paneBar = () =>
  screen.getByRole('separator', { name: 'Resize the browser pane and the cookie store' })

/** A layout for jsdom: the bar's column spans 0–1000 px, the bar itself is 10 px tall. */
function layOut(bar: HTMLElement) {
  const rect = (top: number, height: number) =>
    ({
      top,
      height,
      bottom: top + height,
      left: 0,
      right: 600,
      width: 600,
      x: 0,
      y: top,
    }) as DOMRect
  bar.parentElement!.getBoundingClientRect = () => rect(0, 1010)
  bar.getBoundingClientRect = () => rect(660, 10)
}

describe('Splitter', () => {
  it('splits each column as the settings say, and says so to assistive technology', () => {
    const { stores } = renderInApp(<App />)
    expect(paneBar().getAttribute('aria-valuenow')).toBe('66')
    expect(paneBar().getAttribute('aria-controls')).toBe('browser-pane')
    expect(document.getElementById('browser-pane')).not.toBeNull()
    const left = paneBar().parentElement!
    expect(left.style.getPropertyValue('--top-share')).toBe('0.66')
    const timelineBar = screen.getByRole('separator', {
      name: 'Resize the timeline and the detail',
    })
    expect(document.getElementById(timelineBar.getAttribute('aria-controls')!)).not.toBeNull()
    act(() => stores.settings.setTimelineShare(0.3))
    expect(timelineBar.parentElement!.style.getPropertyValue('--top-share')).toBe('0.3')
  })

  it('moves with the arrow keys, Page Up/Down, Home and End, within bounds', async () => {
    const { stores, user } = renderInApp(<App />)
    paneBar().focus()
    await user.keyboard('{ArrowDown}')
    expect(stores.settings.getSnapshot().paneShare).toBe(0.71)
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(stores.settings.getSnapshot().paneShare).toBe(0.61)
    await user.keyboard('{PageUp}')
    expect(stores.settings.getSnapshot().paneShare).toBe(0.46)
    await user.keyboard('{Home}')
    expect(paneBar().getAttribute('aria-valuenow')).toBe('25')
    await user.keyboard('{ArrowUp}')
    expect(stores.settings.getSnapshot().paneShare).toBe(0.25)
    await user.keyboard('{End}{PageDown}')
    expect(paneBar().getAttribute('aria-valuenow')).toBe(String(MAX_SHARE * 100))
  })

  it('follows the pointer while dragged, and only then', () => {
    const { stores } = renderInApp(<App />)
    const bar = paneBar()
    layOut(bar)
    fireEvent.pointerMove(bar, { clientY: 300 })
    expect(stores.settings.getSnapshot().paneShare).toBe(0.66)
    fireEvent.pointerDown(bar, { button: 0, clientY: 665 })
    // The middle of the bar at 405 px leaves 400 of the column's 1000 to the pane.
    fireEvent.pointerMove(bar, { clientY: 405 })
    expect(stores.settings.getSnapshot().paneShare).toBe(0.4)
    fireEvent.pointerMove(bar, { clientY: 2000 })
    expect(stores.settings.getSnapshot().paneShare).toBe(MAX_SHARE)
    fireEvent.pointerUp(bar, { clientY: 2000 })
    fireEvent.pointerMove(bar, { clientY: 405 })
    expect(stores.settings.getSnapshot().paneShare).toBe(MAX_SHARE)
  })
})
