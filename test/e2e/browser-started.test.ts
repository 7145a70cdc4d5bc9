// A navigation the browser starts itself (an address typed into the app's address bar) carries
// SameSite=Strict cookies even right after a page of another site, and the detail says why:
// the browser's own `Sec-Fetch-Site: none`. A link from that other site's page does not carry
// them, and is explained by the SameSite reason as before, not as the browser's own doing.

import { describe, expect } from 'vitest'
import type { Page } from 'playwright-core'
import { explainBlockedReason } from '../../src/shared/explain/blocked-reasons'
import { formatMessage } from '../../src/shared/messages/format-message'
import { latestComplete, urlOf } from '../support/captured'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { labTest } from '../support/lab-test'

const detail = (page: Page) => page.getByRole('region', { name: 'Detail' })
const browserNote = (page: Page) =>
  detail(page).getByRole('note', { name: formatMessage('start.browser.title', undefined) })

/** www.shop.test stores its lesson cookies (one is Strict); the pane then shows tracker.test. */
async function fromTrackerPage(lab: PaneLab, ui: UiHarness, scheme = 'https'): Promise<void> {
  await ui.launchHome()
  const setup = '/cross-site/setup?from=tracker.test'
  await ui.goTo(
    scheme === 'https' ? lab.httpsUrl(setup, 'www.shop.test') : lab.url(setup, 'www.shop.test'),
  )
  await lab.capture.waitFor(() =>
    lab.capture.store().some((cookie) => cookie.name === 'strict' && cookie.sameSite === 'Strict'),
  )
  await lab.page.click('#next')
  await lab.page.waitForURL((address) => address.hostname === 'tracker.test')
  await ui.row('/cross-site?site=www.shop.test').waitFor()
}

/** The newest complete exchange to www.shop.test for PATH (with its query). */
const onShop = (lab: PaneLab, path: string) =>
  latestComplete(lab.capture, (exchange) => {
    const url = urlOf(exchange)
    return url.hostname === 'www.shop.test' && url.pathname + url.search === path
  })

describe('a navigation the browser started itself', () => {
  labTest(
    'an address typed after a page of another site sends the Strict cookie, and says why',
    async ({ lab, ui }) => {
      const page = ui.page
      await fromTrackerPage(lab, ui)

      await ui.goTo(lab.httpsUrl('/cross-site/report', 'www.shop.test'))
      const typed = await onShop(lab, '/cross-site/report')
      expect(typed.fetchSite).toBe('none')
      expect(typed.cookiePairs.map((pair) => pair.name)).toContain('strict')

      await ui.row('/cross-site/report').click()
      const note = browserNote(page)
      await note.waitFor()
      const text = await note.textContent()
      expect(text).toContain(formatMessage('start.browser.because', { navigation: 'yes' }))
      expect(text).toContain(
        formatMessage('start.browser.sentRestricted', {
          count: 1,
          names: 'strict (SameSite=Strict)',
        }),
      )
      expect(text).toContain('Sec-Fetch-Site: none')
      await ui.screenshot('browser-started-navigation')
    },
  )

  labTest(
    'over plain http, where the browser sends no Sec-Fetch-Site, the app says its address bar asked',
    async ({ lab, ui }) => {
      await fromTrackerPage(lab, ui, 'http')
      await ui.goTo(lab.url('/cross-site/report', 'www.shop.test'))
      const typed = await onShop(lab, '/cross-site/report')
      expect(typed.fetchSite).toBeUndefined()
      expect(typed.appNavigation).toBe(true)
      expect(typed.cookiePairs.map((pair) => pair.name)).toContain('strict')

      await ui.row('/cross-site/report').click()
      const note = browserNote(ui.page)
      await note.waitFor()
      const text = await note.textContent()
      expect(text).toContain(formatMessage('start.browser.appAsked', { header: 'none' }))
      expect(text).toContain('strict (SameSite=Strict)')
    },
  )

  labTest(
    'a link from the other site’s page leaves the Strict cookie behind, with the SameSite reason',
    async ({ lab, ui }) => {
      const page = ui.page
      await fromTrackerPage(lab, ui)

      await lab.page.click('#call-link')
      const link = await onShop(lab, '/cross-site/report?via=link')
      expect(link.fetchSite).toBe('cross-site')
      expect(link.appNavigation).toBeUndefined()
      const strict = link.considered.find((c) => c.cookie.name === 'strict')
      expect(strict?.blockedReasons.length).toBeGreaterThan(0)

      await ui.row('/cross-site/report?via=link').click()
      const reason = explainBlockedReason(strict!.blockedReasons[0]!, 'request', {
        requestUrl: link.url,
        initiatorOrigin: link.initiatorOrigin ?? null,
      })
      await detail(page).getByText(reason.meaning, { exact: false }).first().waitFor()
      expect(await browserNote(page).count()).toBe(0)
    },
  )
})
