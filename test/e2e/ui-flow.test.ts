// The desktop UI, end to end: the real built renderer in real Chromium, against the real
// tutorial server and real capture of a real pane page, driven the way a learner drives it
// (the pane's own form, the UI's address bar, clicks and the keyboard). Controls are found by
// role and accessible name, so these tests also prove the names. Each state a teacher would show
// is written as a 1440×900 screenshot to test-results/screens/.

import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ADDRESS_BAR, type PaneLab, type UiHarness } from '../support/lab-harness'
import { exchangesIn, latestComplete, pathOf } from '../support/captured'
import { openUiPerTest } from '../support/lab-test'
import { settled } from '../support/layout-check'
import { formatMessage } from '../../src/shared/messages/format-message'
import { decodeErrorMessage } from '../../src/shared/coded-error'
import type { CookieLabApi } from '../../src/shared/contract'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

const row = (path: string, nth?: number) => ui.row(path, nth)
const store = () => page.getByRole('region', { name: 'Cookie store' })
const detail = () => ui.detail
const storeRow = (name: string) =>
  store()
    .getByRole('row')
    .filter({ has: page.locator('.store-name', { hasText: new RegExp(`^${name}$`) }) })

/** The latest complete exchange for PATH, once capture has it. */
const capturedExchange = (path: string) => latestComplete(lab.capture, (e) => pathOf(e) === path)

describe('set, get and delete, seen in the UI', () => {
  it('shows the Set-Cookie row, the Cookie chip, the removal, and the store following them', async () => {
    await ui.launchHome()
    await store().getByText('The store is empty.').waitFor()
    await detail().getByText('Select a row to see it in full.').waitFor()
    // The address bar shows where the pane is.
    expect(await page.getByLabel(ADDRESS_BAR).inputValue()).toBe(lab.url('/'))
    await ui.screenshot('01-empty-start')

    await ui.logIn('alice')
    const setRow = row('/setcookie')
    expect(await setRow.locator('.row-kind').textContent()).toBe('POST')
    expect(await setRow.locator('.chip-set').textContent()).toContain('Path=/')
    expect(await setRow.locator('.mark').textContent()).toMatch(/added\s*userID/)
    await storeRow('userID').waitFor()
    expect(await storeRow('userID').locator('.store-value').textContent()).toBe('alice')
    expect(await storeRow('userID').textContent()).toContain('session')
    await ui.screenshot('02-after-set')

    await ui.goTo('/getcookie')
    await row('/getcookie').locator('.chip:not(.chip-set)', { hasText: 'userID=alice' }).waitFor()
    await lab.page.getByRole('heading', { name: 'welcome alice' }).waitFor()
    // After Enter the bar lets go of the typed path and shows the pane's full address.
    await expect.poll(() => page.getByLabel(ADDRESS_BAR).inputValue()).toBe(lab.url('/getcookie'))
    await ui.screenshot('03-after-get')

    await ui.goTo('/deletecookie')
    const deleteRow = row('/deletecookie')
    await deleteRow.locator('.mark-removed', { hasText: 'userID' }).waitFor()
    expect(await deleteRow.locator('.chip-set').textContent()).toContain('Expires in the past')
    await storeRow('userID').waitFor({ state: 'detached' })
    await store().getByText('The store is empty.').waitFor()
    await ui.screenshot('04-after-delete')

    // What the UI showed is what capture saw on the wire.
    const get = await capturedExchange('/getcookie')
    expect(get.cookieHeader).toBe('userID=alice')
  })
})

describe('the browser pane at launch', () => {
  it('gets most of its column, shows the tutorial form whole, and can be resized', async () => {
    await ui.launchHome()
    const slot = page.getByTestId('pane-slot')
    const column = page.locator('.column-left')
    const height = async (target: typeof slot) => (await target.boundingBox())?.height ?? 0
    expect(await height(slot)).toBeGreaterThan(0.58 * (await height(column)))
    // The audience sees the whole form at once: heading, field and button inside the pane.
    await paneTakesSlotSize()
    const viewport = lab.page.viewportSize()!.height
    for (const part of [
      lab.page.getByRole('heading', { name: 'Enter userID' }),
      lab.page.getByLabel('userID'),
      lab.page.getByRole('button', { name: 'Login' }),
    ]) {
      const box = await part.boundingBox()
      expect(box && box.y >= 0 && box.y + box.height <= viewport).toBe(true)
    }

    // Drag the bar under the pane up: the pane shrinks, the store grows, the page follows.
    const bar = page.getByRole('separator', {
      name: 'Resize the browser pane and the cookie store',
    })
    const before = await height(slot)
    const grip = (await bar.boundingBox())!
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
    await page.mouse.down()
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 150, { steps: 5 })
    await page.mouse.up()
    expect(Math.abs((await height(slot)) - (before - 150))).toBeLessThan(4)
    await paneTakesSlotSize()

    // The keyboard moves it too, and the choice is kept for the next run.
    const share = Number(await bar.getAttribute('aria-valuenow'))
    await bar.focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe(String(share + 5))
    await page.reload()
    await expect
      .poll(() =>
        page
          .getByRole('separator', { name: 'Resize the browser pane and the cookie store' })
          .getAttribute('aria-valuenow'),
      )
      .toBe(String(share + 5))
  })
})

/** Waits until the pane page has the size of the UI's slot, as the UI reported it. */
async function paneTakesSlotSize(): Promise<void> {
  const box = (await page.getByTestId('pane-slot').boundingBox())!
  await lab.page.waitForFunction(
    ({ width, height }) => window.innerWidth === width && window.innerHeight === height,
    { width: Math.round(box.width), height: Math.round(box.height) },
  )
}

describe('the detail of a row', () => {
  it('opens on a click and from the keyboard, with the headers as on the wire', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/getcookie')
    await row('/getcookie').locator('.chip', { hasText: 'userID=alice' }).waitFor()

    await row('/setcookie').click()
    expect(await row('/setcookie').getAttribute('aria-selected')).toBe('true')
    const requestHeaders = detail().getByRole('figure', { name: 'Request headers, as on the wire' })
    const responseHeaders = detail().getByRole('figure', {
      name: 'Response headers, as on the wire',
    })
    await responseHeaders.waitFor()
    expect(await responseHeaders.locator('.header-cookie').textContent()).toBe(
      'Set-Cookie: userID=alice; Path=/\n',
    )
    expect(await requestHeaders.textContent()).toContain(
      'Content-Type: application/x-www-form-urlencoded',
    )
    // Every attribute in one plain sentence, and the Flask code behind the route.
    expect(
      await detail()
        .getByRole('row', { name: /^Path=\// })
        .textContent(),
    ).toContain('Sent to every path on the site.')
    await detail().getByRole('heading', { name: 'The Flask code behind this response' }).waitFor()
    expect(await detail().locator('pre.code').last().textContent()).toContain(
      "resp.set_cookie('userID', user)",
    )

    // The keyboard: focus the list, ↓ moves to the next row, Enter reads its detail.
    await page.locator('#timeline-list').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => row('/getcookie').getAttribute('aria-selected')).toBe('true')
    expect(await page.locator('#timeline-list').getAttribute('aria-activedescendant')).toBe(
      await row('/getcookie').getAttribute('id'),
    )
    await page.keyboard.press('Enter')
    const focusedInDetail = () =>
      page.evaluate(() =>
        Boolean(document.activeElement?.closest('[aria-labelledby="detail-heading"]')),
      )
    await expect.poll(focusedInDetail).toBe(true)
    await expect
      .poll(() => requestHeaders.locator('.header-cookie').textContent())
      .toBe('Cookie: userID=alice\n')
    expect(await detail().locator('.cookie-explain-title').first().textContent()).toBe(
      'userID=alice sent',
    )
    await ui.screenshot('06-detail-view')

    // Esc hands the keyboard back to the list; ↑ and Enter go back to the POST.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('timeline-list')
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => row('/setcookie').getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await expect.poll(focusedInDetail).toBe(true)
    expect(await responseHeaders.locator('.header-cookie').textContent()).toBe(
      'Set-Cookie: userID=alice; Path=/\n',
    )
  })
})

describe('editing the store in the inspector', () => {
  it('adds an edit row, and the next request from the pane carries the new value', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await storeRow('userID').waitFor()

    await page.getByRole('button', { name: 'Edit the value of userID' }).click()
    const input = page.getByRole('textbox', { name: 'New value for userID' })
    await input.fill('bob')
    await input.press('Enter')

    const editRow = page.getByRole('option').filter({ hasText: 'You edited the store' })
    await editRow.waitFor()
    expect(await editRow.locator('.mark').textContent()).toMatch(/changed\s*userID/)
    await expect.poll(() => storeRow('userID').locator('.store-value').textContent()).toBe('bob')

    await ui.goTo('/getcookie')
    const get = await capturedExchange('/getcookie')
    expect(get.cookieHeader).toBe('userID=bob')
    await row('/getcookie').locator('.chip', { hasText: 'userID=bob' }).waitFor()
    await lab.page.getByRole('heading', { name: 'welcome bob' }).waitFor()
  })
})

describe('what the host refuses, in the catalogue’s words', () => {
  it('says why, from the fact the host sent across, not a sentence it wrote', async () => {
    await ui.launchHome()
    // What crosses from the host is the fact itself, which the UI then words.
    const crossed = await page.evaluate(() =>
      (window as unknown as { cookieLab: CookieLabApi }).cookieLab
        .navigate('javascript:alert(1)')
        .then(
          () => 'navigated',
          (error: Error) => error.message,
        ),
    )
    expect(decodeErrorMessage(crossed)).toEqual({
      code: 'targetSchemeNotAllowed',
      params: { scheme: 'javascript' },
    })
    await ui.goTo('javascript:alert(1)')
    const refusedTarget = formatMessage('targetSchemeNotAllowed', { scheme: 'javascript' })
    await page.getByRole('alert').filter({ hasText: refusedTarget }).waitFor()

    await page.getByRole('button', { name: 'Add cookie' }).click()
    const form = page.getByRole('form', { name: 'Add a cookie' })
    await form.getByLabel('Name', { exact: true }).fill('tracker')
    await form.getByLabel('Value', { exact: true }).fill('1')
    await form.getByRole('radio', { name: 'None' }).check()
    await form.getByRole('button', { name: 'Add to the store' }).click()
    // Chromium refuses SameSite=None without Secure; capture names the likely reason.
    const reason = formatMessage('sameSiteNoneNeedsSecure', undefined)
    await page.getByText(`The browser refused the cookie "tracker": ${reason}`).waitFor()
    await page
      .getByRole('option')
      .filter({ hasText: `You edited the store: Could not set tracker=1 for` })
      .filter({ hasText: reason })
      .waitFor()
  })
})

describe('a cookie the browser refuses', () => {
  it('shows SameSite=None without Secure as blocked, explained in plain words', async () => {
    await ui.launchHome()
    await ui.goTo('/set?key=tracker&value=1&samesite=None')
    const setRow = row('/set?key=tracker&value=1&samesite=None')
    const chip = setRow.locator('.chip-blocked', { hasText: 'tracker=1' })
    await chip.waitFor()
    expect(await chip.locator('.chip-reason').textContent()).toBe(
      'not stored: SameSite=None without Secure',
    )
    // Refused: the store never held it.
    await store().getByText('The store is empty.').waitFor()

    await setRow.click()
    // The address typed is the browser's own navigation: that has a note of its own.
    const why = detail().getByRole('note').filter({ hasText: 'SameSiteNoneInsecure' })
    await why.waitFor()
    const explanation = (await why.textContent()) ?? ''
    expect(explanation).toContain('SameSiteNoneInsecure')
    expect(explanation).toMatch(/only together with Secure/)
    expect(explanation).toMatch(/How to fix it: .*secure=True/)
    expect(await detail().getByText('not stored', { exact: true }).count()).toBe(1)
    // Read at once: the reason and its fix sit in view at the top of the detail, unscrolled,
    // above the headers as on the wire.
    const inView = await why.evaluate((note) => {
      const scroller = note.closest('[tabindex="0"]')
      if (!scroller) throw new Error('the detail does not scroll')
      const box = note.getBoundingClientRect()
      const view = scroller.getBoundingClientRect()
      return scroller.scrollTop === 0 && box.top >= view.top && box.bottom <= view.bottom
    })
    await ui.screenshot('05-blocked-explained')
    expect(inView).toBe(true)

    const set = await capturedExchange('/set?key=tracker&value=1&samesite=None')
    expect(set.setCookies[0]?.outcome.status).toBe('blocked')
  })
})

describe('time travel', () => {
  it('shows the store as it was right after an earlier row, then back to live', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/deletecookie')
    await row('/deletecookie').locator('.mark-removed').waitFor()
    await storeRow('userID').waitFor({ state: 'detached' })

    const setRow = row('/setcookie')
    const label = await setRow.locator('.row-seq').textContent()
    await setRow.click()
    const banner = store().getByRole('status')
    await banner.waitFor()
    expect(await banner.textContent()).toContain(`Showing the store as it was after ${label}.`)
    await storeRow('userID').waitFor()
    expect(await storeRow('userID').locator('.store-value').textContent()).toBe('alice')
    expect(await storeRow('userID').locator('.pill').textContent()).toBe(`added by ${label}`)
    // The past cannot be edited.
    expect(await store().getByRole('button', { name: 'Add cookie' }).count()).toBe(0)
    await ui.screenshot('07-time-travel')

    await page.getByRole('button', { name: 'Back to live' }).click()
    await banner.waitFor({ state: 'detached' })
    await store().getByText('The store is empty.').waitFor()
    await store().getByRole('button', { name: 'Add cookie' }).waitFor()
  })
})

describe('what the timeline lets through', () => {
  it('hides the favicon until assets are shown, and filters by cookie name', async () => {
    await ui.launchHome()
    await lab.capture.waitFor((entries) =>
      exchangesIn(entries).some((e) => pathOf(e) === '/favicon.ico' && e.isAsset),
    )
    const assets = page.getByRole('checkbox', { name: /^Show assets/ })
    await page.getByRole('checkbox', { name: 'Show assets (1 hidden)' }).waitFor()
    expect(await row('/favicon.ico').count()).toBe(0)
    await assets.check()
    await row('/favicon.ico').waitFor()
    expect(await row('/favicon.ico').locator('.row-asset').textContent()).toBe('asset')
    await assets.uncheck()
    await row('/favicon.ico').waitFor({ state: 'detached' })

    await ui.logIn('alice')
    await ui.goTo('/cookies')
    await row('/cookies').locator('.chip-set', { hasText: 'username=root' }).waitFor()

    const filter = page.getByRole('searchbox', { name: 'Filter by cookie name' })
    await filter.fill('usern')
    await row('/setcookie').waitFor({ state: 'detached' })
    const shown = await page.getByRole('option').locator('.row-path').allTextContents()
    expect(shown).toEqual(['/cookies'])
    await filter.fill('userid')
    await row('/cookies').waitFor()
    expect(await page.getByRole('option').locator('.row-path').allTextContents()).toEqual([
      '/setcookie',
      '/cookies',
    ])
    await filter.fill('nothing-like-this')
    await page.getByText('No row touches a cookie named “nothing-like-this”.').waitFor()
    await page.getByRole('button', { name: 'Clear the filter' }).click()
    await row('/').waitFor()
    expect(await filter.inputValue()).toBe('')
  })
})

describe('reading it from the back of the room', () => {
  it('switches to the dark theme and the presenter setting, and keeps both', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/getcookie')
    await row('/getcookie').locator('.chip', { hasText: 'userID=alice' }).waitFor()
    await row('/setcookie').click()
    await detail().getByRole('figure', { name: 'Response headers, as on the wire' }).waitFor()

    const root = page.locator('html')
    const rootFontPx = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const normalFont = await rootFontPx()
    const dark = page.getByRole('button', { name: 'Dark', exact: true })
    await dark.click()
    expect(await dark.getAttribute('aria-pressed')).toBe('true')
    expect(await root.getAttribute('data-theme')).toBe('dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(luminance(background)).toBeLessThan(0.2)
    // The tutorial's page in the pane goes dark with the UI, and stays so on its next page.
    const paneBackground = () =>
      lab.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await expect.poll(async () => luminance(await paneBackground())).toBeLessThan(0.2)
    await ui.goTo('/john/')
    await expect.poll(() => lab.page.url()).toMatch(/\/john\/$/)
    await lab.page.waitForLoadState()
    expect(luminance(await paneBackground())).toBeLessThan(0.2)
    await ui.screenshot('08-dark-theme')

    await page.getByRole('button', { name: 'Light', exact: true }).click()
    await expect.poll(async () => luminance(await paneBackground())).toBeGreaterThan(0.5)
    const presenter = page.getByRole('button', { name: 'Presenter' })
    await presenter.click()
    expect(await presenter.getAttribute('aria-pressed')).toBe('true')
    expect(await root.getAttribute('data-presenter')).toBe('on')
    expect(await rootFontPx()).toBeGreaterThan(normalFont * 1.2)
    // The page in the pane grows with the UI, here and on the next page it goes to.
    const paneZoom = () =>
      lab.page.evaluate(() => Number(getComputedStyle(document.documentElement).zoom))
    await expect.poll(paneZoom).toBe(1.25)
    await ui.goTo('/cookies')
    await row('/cookies').waitFor()
    await expect.poll(() => lab.page.url()).toMatch(/\/cookies$/)
    await expect.poll(paneZoom).toBe(1.25)
    await ui.screenshot('09-presenter')

    // Both are kept between runs: a fresh load of the UI comes back the same.
    await dark.click()
    await page.reload()
    await row('/setcookie').waitFor()
    expect(await root.getAttribute('data-theme')).toBe('dark')
    expect(await root.getAttribute('data-presenter')).toBe('on')
    expect(await page.getByRole('button', { name: 'Presenter' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(
      await page.getByRole('button', { name: 'Dark', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true')
  })
})

describe('a relayout of the timeline', () => {
  it('keeps an older selected row in view, and does not follow the newest again', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/getcookie')
    await row('/getcookie').locator('.chip', { hasText: 'userID=alice' }).waitFor()
    await row('/setcookie').click()
    const jump = page.getByRole('button', { name: /Jump to latest/ })
    await jump.waitFor()

    // Presenter and zoom make every row taller: the list's layout moves under the user's feet.
    await page.getByRole('button', { name: 'Presenter' }).click()
    await settled(page)
    expect(await jump.isVisible()).toBe(true)
    expect(await visibleInList(row('/setcookie'))).toBe(true)
    // The way back sits below the list, over no row.
    const jumpTop = (await jump.boundingBox())!.y
    const list = (await page.getByRole('listbox').boundingBox())!
    expect(jumpTop).toBeGreaterThanOrEqual(list.y + list.height - 1)
    await page.keyboard.press('Control+=')
    await page.keyboard.press('Control+=')
    await settled(page)
    expect(await jump.isVisible()).toBe(true)
    expect(await visibleInList(row('/setcookie'))).toBe(true)

    // Following the newest row, the same relayout keeps the newest row in view.
    await jump.click()
    await jump.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+0')
    await page.getByRole('button', { name: 'Presenter' }).click()
    await settled(page)
    expect(await visibleInList(row('/getcookie'))).toBe(true)
    expect(await jump.count()).toBe(0)
  })
})

/**
 * Whether a timeline row is in the list's visible area: the whole row, or, for a row taller
 * than the list (large type in a short list), its head at the top of the list.
 */
function visibleInList(target: ReturnType<typeof row>): Promise<boolean> {
  return target.evaluate((element) => {
    const list = element.closest('[role="listbox"]')
    if (!list) return false
    const box = element.getBoundingClientRect()
    const view = list.getBoundingClientRect()
    const headInView = box.top >= view.top - 1
    return headInView && (box.bottom <= view.bottom + 1 || box.top <= view.top + 1)
  })
}

/** Relative luminance (0 black, 1 white) of a CSS `rgb(…)` colour. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
