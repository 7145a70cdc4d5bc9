// The window on a projector and on a laptop: 1280×720 and 1920×1080, normal and Presenter, light
// and dark, zoom at its lowest and at its highest step, with real traffic in the timeline and
// cookies in the store. Every combination is checked for what a room sees first: nothing off the
// screen, nothing scrolling or clipped sideways, and (Presenter at 1280×720) at least four whole
// timeline rows. One browser, one page: the matrix resizes and toggles between combinations.
// Each combination is written to test-results/screens/layout-….png.

import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { openUiPerTest } from '../support/lab-test'
import { layoutFaults, settled, wholeRowsInTimeline } from '../support/layout-check'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const
const THEMES = ['light', 'dark'] as const
const MIN_PRESENTER_ROWS = 4

/** A few set/get/delete exchanges, and cookies left in the store. */
async function someTraffic(): Promise<void> {
  await ui.launchHome()
  await ui.logIn('alice')
  await ui.goTo('/getcookie')
  await ui.row('/getcookie').locator('.chip', { hasText: 'userID=alice' }).waitFor()
  for (const [key, value] of [
    ['theme', 'dark'],
    ['lang', 'en'],
  ] as const) {
    await lab.session.navigate(`/set?key=${key}&value=${value}`)
    await ui.row(`/set?key=${key}&value=${value}`).waitFor()
  }
  await ui.goTo('/deletecookie')
  await ui.row('/deletecookie').locator('.mark-removed', { hasText: 'userID' }).waitFor()
  await ui.goTo('/getcookie')
  await ui.row('/getcookie', 1).waitFor()
}

const zoomIn = () => page.getByRole('button', { name: /^A\+ zoom in/ })
const zoomOut = () => page.getByRole('button', { name: /^A− zoom out/ })

/** Presses a zoom button until it says it can go no further; returns the zoom reached. */
async function zoomToEnd(button: () => ReturnType<Page['getByRole']>): Promise<number> {
  for (let press = 0; press < 12; press++) {
    if ((await button().getAttribute('aria-disabled')) === 'true') break
    await button().click()
  }
  expect(await button().getAttribute('aria-disabled')).toBe('true')
  return zoomPercent()
}

async function zoomPercent(): Promise<number> {
  const text = await page.getByRole('group', { name: 'Zoom' }).locator('button').nth(1).innerText()
  return Number(text.replace('%', ''))
}

async function setPresenter(on: boolean): Promise<void> {
  const button = page.getByRole('button', { name: 'Presenter' })
  if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.click()
}

describe('the layout matrix', () => {
  it('fits every size, mode, theme and zoom, and shows four rows in Presenter at 1280×720', async () => {
    await someTraffic()
    const faults: string[] = []
    const figures: string[] = []
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const presenter of [false, true]) {
        await setPresenter(presenter)
        for (const theme of THEMES) {
          await page
            .getByRole('button', { name: theme === 'light' ? 'Light' : 'Dark', exact: true })
            .click()
          // Light goes up, dark comes back down: the zoom travels half as far.
          for (const end of theme === 'light'
            ? (['min', 'max'] as const)
            : (['max', 'min'] as const)) {
            const zoom = await zoomToEnd(end === 'min' ? zoomOut : zoomIn)
            if (end === 'max') {
              // A+ says why it stops, and the keyboard stops there too.
              expect(await zoomIn().getAttribute('title')).toContain(
                'is the largest zoom this window holds',
              )
              await page.keyboard.press('Control+=')
              expect(await zoomPercent()).toBe(zoom)
            }
            await settled(page)
            const name = `layout-${size.width}x${size.height}-${presenter ? 'presenter' : 'normal'}-${theme}-zoom${end}`
            const rows = await wholeRowsInTimeline(page)
            figures.push(`${name}: zoom ${zoom}%, ${rows} whole rows`)
            for (const fault of await layoutFaults(page)) faults.push(`${name}: ${fault}`)
            if (presenter && size.width === 1280 && rows < MIN_PRESENTER_ROWS) {
              faults.push(
                `${name}: the timeline shows ${rows} whole rows, not ${MIN_PRESENTER_ROWS}`,
              )
            }
            await ui.screenshot(name)
          }
        }
      }
    }
    console.log(figures.join('\n'))
    expect(faults).toEqual([])

    // The largest zoom of the large window, then the small one: the zoom comes down to what
    // the small window holds, and the choice comes back with the large one.
    const largest = await zoomToEnd(zoomIn)
    await page.setViewportSize(SIZES[0])
    await expect.poll(zoomPercent).toBeLessThan(largest)
    expect(await zoomIn().getAttribute('aria-disabled')).toBe('true')
    await settled(page)
    expect(await layoutFaults(page)).toEqual([])
    expect(await wholeRowsInTimeline(page)).toBeGreaterThanOrEqual(MIN_PRESENTER_ROWS)
    await page.setViewportSize(SIZES[1])
    await expect.poll(zoomPercent).toBe(largest)
    // About 35 s on an idle 2-core machine; the margin is for a busy one.
  }, 120_000)
})
