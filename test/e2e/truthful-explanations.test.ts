// The explanations never say what is not true, held against real Chromium, the real tutorial
// server and the real UI: a cross-site SameSite block between two http:// sites is cross-site,
// not a matter of scheme; a cookie kept from a URL by its own Path is the rule at work; a host
// that does not exist leaves one failed row that says why; and errors reach the learner in
// plain words, not in the names of the APIs that carried them.

import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { exchangesIn, pathOf, urlOf } from '../support/captured'
import type { Exchange } from '../../src/shared/domain'
import { openUiPerTest } from '../support/lab-test'
import { formatMessage } from '../../src/shared/messages/format-message'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

const detail = () => ui.detail
/** Words that name the machinery, not what happened. */
const INTERNAL_WORDS = /cdpSession|Protocol error|Network\.setCookie|page\.goto|Sanitizing/

describe('a cross-site SameSite block between two http:// sites', () => {
  it('is explained as cross-site, with a fix that can work, not as another scheme', async () => {
    await ui.launchHome()
    await lab.session.navigate(lab.url('/set?key=strict&value=1&samesite=Strict', 'tracker.test'))
    // www.shop.test embeds tracker.test: the frame's request is cross-site, both ends http.
    await lab.session.navigate(lab.url('/embed?site=tracker.test&key=x&value=1', 'www.shop.test'))
    const isFramed = (e: Exchange) =>
      urlOf(e).hostname === 'tracker.test' &&
      pathOf(e) === '/set?key=x&value=1' &&
      e.considered.length > 0
    await lab.capture.waitFor((entries) => exchangesIn(entries).some(isFramed))
    const framed = exchangesIn(lab.capture.entries()).find(isFramed)!
    // What Chromium 156 reports for it: a Schemeful reason although no scheme differs.
    const strict = framed.considered.find((c) => c.cookie.name === 'strict')
    // (Headless Chromium also blocks third-party cookies: UserPreferences.)
    expect(strict?.blockedReasons).toContain('SchemefulSameSiteStrict')
    expect(framed.initiatorOrigin).toBe(new URL(lab.url('/', 'www.shop.test')).origin)

    const row = ui.row('/set?key=x&value=1')
    const chip = row.locator('.chip-blocked', { hasText: 'strict=1' })
    await chip.waitFor()
    expect(await chip.textContent()).toContain('not sent: SameSite=Strict, cross-site')
    await row.click()
    const why = detail().getByRole('note').filter({ hasText: 'SchemefulSameSiteStrict' })
    await why.waitFor()
    const words = await why.textContent()
    expect(words).toContain('this request came from another site')
    expect(words).toMatch(/SameSite=None with Secure over https:\/\//)
    expect(words).not.toMatch(/scheme|all https/)
    await ui.screenshot('truthful-cross-site-http')
  })
})

describe('a cookie whose Path does not cover the URL', () => {
  it('is shown as the rule at work, calmly, with why and no fix', async () => {
    await ui.launchHome()
    await lab.session.navigate('/set?key=john&value=1&path=/john')
    await lab.capture.waitFor(() => lab.capture.store().some((c) => c.name === 'john'))
    await lab.session.navigate('/')
    const home = ui.row('/', 1)
    const chip = home.locator('.chip-scoped', { hasText: 'john=1' })
    await chip.waitFor()
    expect(await chip.textContent()).toBe('john=1not for this path')
    expect(await home.locator('.chip-blocked').count()).toBe(0)

    await home.click()
    const why = detail().getByRole('note').filter({ hasText: 'NotOnPath' })
    await why.waitFor()
    expect(await why.textContent()).toMatch(
      /^not for this path NotOnPathWhy: Not sent, and that is the cookie’s own rule at work: this URL is not under the cookie's Path/,
    )
    expect(await detail().getByText('not for this URL', { exact: true }).count()).toBe(1)
    expect(await detail().getByText('How to fix it:').count()).toBe(0)
    await ui.screenshot('truthful-path-rule-at-work')
  })
})

describe('a name prefix the line does not keep', () => {
  it('names the rule of the newer __Http- prefix that Chromium refused the line for', async () => {
    await ui.launchHome()
    await ui.goTo('/set?key=__Http-id&value=1&secure=1')
    const setRow = ui.row('/set?key=__Http-id&value=1&secure=1')
    const chip = setRow.locator('.chip-blocked', { hasText: '__Http-id=1' })
    await chip.waitFor()
    expect(await chip.textContent()).toContain('not stored: breaks its __Http- prefix')
    await setRow.click()
    const why = detail().getByRole('note').filter({ hasText: 'InvalidPrefix' })
    await why.waitFor()
    expect(await why.textContent()).toContain(
      'never a script, so the line must say Secure and HttpOnly; this line breaks that: it has no HttpOnly.',
    )
    await ui.screenshot('truthful-http-prefix')
  })
})

describe('a navigation to a host that does not exist', () => {
  it('leaves exactly one failed row, which tells the true reason its headers are missing', async () => {
    await ui.launchHome()
    const gone = 'http://no-such-host.invalid/'
    await ui.goTo(gone)
    const alert = page.getByRole('alert')
    await alert.filter({ hasText: 'no host by that name could be found' }).waitFor()
    expect(await alert.textContent()).not.toMatch(INTERNAL_WORDS)
    // Chromium's error page tries the address again by itself after about a second: the try is
    // counted on the row, not shown as a second one.
    await lab.capture.waitFor(
      (entries) => exchangesIn(entries).some((e) => e.url === gone && e.browserRetries === 1),
      6_000,
    )
    const rows = exchangesIn(lab.capture.entries()).filter((e) => e.url === gone)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.failure).toEqual({
      code: 'browserError',
      params: { errorText: 'net::ERR_NAME_NOT_RESOLVED' },
    })
    const uiRows = page.getByRole('option').filter({ hasText: 'no-such-host.invalid' })
    expect(await uiRows.count()).toBe(1)
    expect(await uiRows.first().textContent()).toContain('no cookies sent')

    await uiRows.first().click()
    const failed = detail().getByRole('note').filter({ hasText: 'Failed:' })
    await failed.waitFor()
    expect(await failed.textContent()).toMatch(
      /no host by that name could be found.*net::ERR_NAME_NOT_RESOLVED.*It never reached a server.*The address was tried once more \(Chromium’s error page tries again by itself/s,
    )
    const wholeDetail = await detail().textContent()
    expect(wholeDetail).toContain('Request headers: none. The request failed before it went out')
    expect(wholeDetail).not.toMatch(/service worker|cached response|data: URL/)
    await ui.screenshot('truthful-failed-navigation')
  })
})

describe('errors, in plain words', () => {
  it('says why the pane cannot open an unsafe port, its error name in small print', async () => {
    await ui.launchHome()
    await ui.goTo('http://localhost:1/')
    const alert = page.getByRole('alert').filter({ hasText: 'http://localhost:1/' })
    await alert.waitFor()
    const words = await alert.textContent()
    expect(words).toContain(
      `The pane could not open http://localhost:1/: ${formatMessage('netError', { name: 'ERR_UNSAFE_PORT' })}.`,
    )
    expect(words).not.toMatch(INTERNAL_WORDS)
    expect(await alert.locator('small').textContent()).toBe('net::ERR_UNSAFE_PORT')
    await ui.screenshot('truthful-unsafe-port')
  })

  it('says why the browser refused an inspector cookie, without the protocol’s words', async () => {
    await ui.launchHome()
    await page.getByRole('button', { name: 'Add cookie' }).click()
    const form = page.getByRole('form', { name: 'Add a cookie' })
    await form.getByLabel('Name', { exact: true }).fill('pair')
    await form.getByLabel('Value', { exact: true }).fill('x;y')
    await form.getByRole('button', { name: 'Add to the store' }).click()
    // Chromium answers "Sanitizing cookie failed"; the likely reason says more.
    const reason = formatMessage('semicolonInNameOrValue', undefined)
    const refusal = page.getByText(`The browser refused the cookie "pair": ${reason}.`, {
      exact: true,
    })
    await refusal.waitFor()
    expect(await page.locator('body').textContent()).not.toMatch(INTERNAL_WORDS)
  })
})
