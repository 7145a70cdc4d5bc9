// The cross-site lesson in real Chromium: tracker.test stores one cookie per SameSite value, then
// a page of www.shop.test calls it by a link, an image, a form POST and a fetch. What capture saw
// go out with each request is what Chromium's rules say, and the page's own report agrees.

import { describe, expect } from 'vitest'
import type { Exchange } from '../../src/shared/domain'
import type { PaneLab } from '../support/lab-harness'
import { latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

/** The request that reached tracker.test by VIA, once capture has it. */
const arrived = (lab: PaneLab, via: string, method = 'GET') =>
  latestComplete(lab.capture, (exchange) => {
    const url = urlOf(exchange)
    return (
      url.hostname === 'tracker.test' &&
      exchange.method === method &&
      url.searchParams.get('via') === via
    )
  })

const sentNames = (exchange: Exchange) => exchange.cookiePairs.map((pair) => pair.name).sort()
const heldBack = (exchange: Exchange) =>
  Object.fromEntries(
    exchange.considered
      .filter((considered) => considered.blockedReasons.length > 0)
      .map((considered) => [considered.cookie.name, considered.blockedReasons]),
  )

async function callFromShop(lab: PaneLab, url: (path: string, host: string) => string) {
  await lab.session.navigate(url('/cross-site/setup?from=www.shop.test', 'tracker.test'))
  await lab.capture.waitFor(() => lab.capture.store().some((cookie) => cookie.name === 'strict'))
  // Follow the setup page's own link, as a learner does.
  await lab.page.click('#next')
  await lab.page.waitForURL((address) => address.hostname === 'www.shop.test')
}

describe('a page of one site calling another', () => {
  labTest('sends each SameSite cookie exactly where Chromium’s rules allow', async ({ lab }) => {
    await callFromShop(lab, lab.url)
    expect(
      lab.capture
        .store()
        .map((cookie) => cookie.name)
        .sort(),
    ).toEqual(['lax', 'strict', 'unspecified'])

    await lab.page.click('#show-image')
    const image = await arrived(lab, 'image')
    expect(sentNames(image)).toEqual([])
    expect(Object.keys(heldBack(image)).sort()).toEqual(['lax', 'strict', 'unspecified'])

    await lab.page.click('#call-fetch')
    await expect
      .poll(() => lab.page.textContent('#fetch-result'))
      .toBe('sent; no lesson cookie came')
    expect(sentNames(await arrived(lab, 'fetch'))).toEqual([])

    // Set less than two minutes ago, the cookie without SameSite still goes with a POST.
    await lab.page.click('#call-form button')
    const form = await arrived(lab, 'form', 'POST')
    expect(sentNames(form)).toEqual(['unspecified'])
    expect(Object.keys(heldBack(form)).sort()).toEqual(['lax', 'strict'])
    expect(await lab.page.textContent('body')).toMatch(/unspecified\s*\(not set\)\s*sent/)

    await lab.session.navigate(lab.url('/cross-site?site=tracker.test', 'www.shop.test'))
    await lab.page.click('#call-link')
    const link = await arrived(lab, 'link')
    expect(sentNames(link)).toEqual(['lax', 'unspecified'])
    expect(Object.keys(heldBack(link))).toEqual(['strict'])
  })

  labTest(
    'over https, SameSite=None lets a cookie go, and the off-the-record pane still keeps it home',
    async ({ lab }) => {
      await callFromShop(lab, lab.httpsUrl)
      const none = lab.capture.store().find((cookie) => cookie.name === 'none')
      expect(none).toMatchObject({ secure: true, sameSite: 'None' })

      // SameSite allows it; what holds it back is the browser's own setting: the harness's pane
      // (like the browser host's) is an off-the-record context, where Chromium blocks
      // third-party cookies. The other three are held back by SameSite as well.
      await lab.page.click('#call-fetch')
      const fetched = await arrived(lab, 'fetch')
      expect(sentNames(fetched)).toEqual([])
      expect(heldBack(fetched).none).toEqual(['UserPreferences'])
      expect(heldBack(fetched).lax).toContain('SchemefulSameSiteLax')
      await expect
        .poll(() => lab.page.textContent('#fetch-result'))
        .toBe('sent; no lesson cookie came')
    },
  )

  labTest('its CSP lets it call the tutorial’s sites and nothing else', async ({ lab }) => {
    await lab.session.navigate(lab.url('/cross-site?site=tracker.test', 'www.shop.test'))
    const blocked = await lab.page.evaluate(async () => {
      try {
        await fetch('http://evil.example/', { mode: 'no-cors' })
        return false
      } catch {
        return true
      }
    })
    expect(blocked).toBe(true)
    await expect
      .poll(() =>
        lab.page.evaluate(() =>
          fetch(document.querySelector<HTMLAnchorElement>('#call-link')!.href, {
            mode: 'no-cors',
          }).then(
            () => 'reached',
            () => 'blocked',
          ),
        ),
      )
      .toBe('reached')
  })
})
