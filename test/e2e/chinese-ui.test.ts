// The UI in Simplified Chinese, switched at run time in real Chromium: the settings bar's
// 简体中文 puts every word of the UI's own catalogue in Chinese (the catalogue's explanations
// follow as their translations arrive: a message not yet translated shows in English), sets
// <html lang>, loads the bundled CJK font from the built UI, is remembered after a reload, and
// nothing overflows or leaves the screen at 1280×720, normal or Presenter. Screenshots:
// zh-main, zh-detail and zh-lesson-step in test-results/screens/.

import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { formatMessage, type Locale } from '../../src/shared/messages/format-message'
import type { MessageId, MessageParams } from '../../src/shared/messages/message-ids'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { openUiPerTest } from '../support/lab-test'
import { layoutFaults, settled } from '../support/layout-check'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

/** What the UI shows for ID in Chinese (English where the catalogue has no translation yet). */
const zh = <I extends MessageId>(
  id: I,
  ...params: MessageParams<I> extends undefined ? [] : [MessageParams<I>]
) => formatMessage(id, params[0] as MessageParams<I>, 'zh-CN' satisfies Locale)

const heading = (name: string) => page.getByRole('heading', { name, exact: true })

/**
 * The bundled Noto Sans SC, asked for the characters of TEXT as the page would ask when no
 * system font has them: the faces (slices) that hold them, each `WEIGHT STATUS`, and how many
 * faces the font has in all. A machine with a CJK font of its own never needs them.
 */
function loadBundledFont(text: string): Promise<{ loaded: string[]; faces: number }> {
  return page.evaluate(async (text) => {
    const loaded = await document.fonts.load('16px "Noto Sans SC"', text)
    const faces = [...document.fonts].filter(
      (face) => face.family.replace(/"/g, '') === 'Noto Sans SC',
    )
    return { loaded: loaded.map((face) => `${face.weight} ${face.status}`), faces: faces.length }
  }, text)
}

async function layoutAt1280(mode: 'normal' | 'presenter'): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 720 })
  const presenter = page.getByRole('button', { name: zh('ui.settings.presenter'), exact: true })
  if ((await presenter.getAttribute('aria-pressed')) !== String(mode === 'presenter')) {
    await presenter.click()
  }
  await settled(page)
  return (await layoutFaults(page)).map((fault) => `${mode}: ${fault}`)
}

/**
 * The store table's column headers whose words run over two lines ("过期时" above "间", before):
 * each header's label, with the number of lines its text takes, when more than one.
 */
function splitHeaders(): Promise<string[]> {
  return page.locator('.store-table thead .sort-button').evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const label = button.firstChild
      if (!label) return []
      const range = document.createRange()
      range.selectNodeContents(label)
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      return lines > 1 ? [`${label.textContent}: ${lines} lines`] : []
    }),
  )
}

describe('the Chinese UI', () => {
  it('switches to 简体中文 at run time, remembers it, and fits at 1280×720', async () => {
    await ui.launchHome()
    await ui.logIn('xiaoming')
    await ui.goTo('/getcookie')
    await ui.row('/getcookie').locator('.chip', { hasText: 'userID=' }).waitFor()

    // English first: the browser says en-US.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await heading('Timeline').waitFor()

    const language = page.getByRole('combobox', { name: 'Language' })
    expect(await language.locator('option').allInnerTexts()).toEqual(['English', '简体中文'])
    await language.selectOption('zh-CN')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    await heading(zh('ui.timeline.heading')).waitFor()
    await heading(zh('ui.store.heading')).waitFor()
    expect(zh('ui.timeline.heading')).toBe('时间线')
    // The choice names itself in Chinese now.
    expect(
      await page.getByRole('combobox', { name: zh('ui.settings.language') }).inputValue(),
    ).toBe('zh-CN')
    // The rows' own words follow at once: a memoised row is drawn again in the new language.
    await ui
      .row('/setcookie')
      .getByText(zh('ui.timeline.storeLine'), { exact: true })
      .first()
      .waitFor()
    expect(await page.locator('.app-header').innerText()).toContain(zh('ui.settings.presenter'))
    // The tutorial's own pages follow the UI: the host told the server, and the next page the
    // pane loads is written in Chinese, its Flask code and form unchanged.
    await lab.page.goto(lab.url('/'))
    expect(await lab.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await lab.page.locator('main').innerText()).toMatch(/\p{Script=Han}/u)
    expect(await lab.page.locator('input[name="nm"]').count()).toBe(1)

    // Chinese takes the system's CJK font, else the one the UI bundles: its slices are served
    // from the built UI and load (as they must on a machine without a CJK font).
    const font = await loadBundledFont('时间线存储')
    expect(font.faces).toBeGreaterThan(100)
    expect(font.loaded.length).toBeGreaterThan(0)
    expect(new Set(font.loaded)).toEqual(new Set(['400 loaded']))
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /"Noto Sans CJK SC".*"Noto Sans SC", sans-serif$/,
    )

    const faults = [...(await layoutAt1280('normal'))]
    await page.evaluate(() => document.fonts.ready)
    // A short value stays whole in the store's table ("xiaomin" and "g" on two lines, before).
    const value = page.locator('.store-table .store-value', { hasText: 'xiaoming' })
    const { height, lineHeight } = await value.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }))
    expect(height).toBeLessThan(lineHeight * 1.5)
    expect(await splitHeaders()).toEqual([])
    await ui.screenshot('zh-main')
    await ui.row('/getcookie').click()
    await heading(zh('ui.detail.heading')).waitFor()
    await page.locator('.detail-panel').getByText(zh('ui.detail.section.request')).waitFor()
    faults.push(...(await layoutAt1280('normal')))
    await page.evaluate(() => document.fonts.ready)
    await ui.screenshot('zh-detail')
    faults.push(...(await layoutAt1280('presenter')))
    expect(await splitHeaders()).toEqual([])
    await ui.screenshot('zh-presenter')
    expect(faults).toEqual([])

    // Remembered: a reload comes back in Chinese.
    await page.reload()
    await heading(zh('ui.timeline.heading')).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  })

  it('plays a lesson step in the Chinese UI without overflow', async () => {
    await ui.launchHome()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await page.getByRole('button', { name: zh('lesson.button'), exact: true }).click()
    const panel = page.getByRole('region', { name: zh('lesson.panel') })
    await panel.locator('.lesson-listing').first().click()
    await panel.getByRole('button', { name: zh('lesson.intro.start'), exact: true }).click()
    await panel
      .getByText(zh('lesson.progress', { step: 1, count: 5 }))
      .first()
      .waitFor()
    const faults = [...(await layoutAt1280('normal')), ...(await layoutAt1280('presenter'))]
    await layoutAt1280('normal')
    await page.evaluate(() => document.fonts.ready)
    await ui.screenshot('zh-lesson-step')
    expect(faults).toEqual([])
  })
})
