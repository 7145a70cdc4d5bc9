// A page on another site drives the tutorial server in real Chromium: it is refused, and says
// why, while the tutorial's own cross-site pages still set cookies. "Another site" includes
// another app on this machine: 127.0.0.1 on another port is same-site for a browser's cookies,
// but it is not the tutorial. evil.example is mapped to 127.0.0.1, so Chromium sends what it
// sends for a genuinely foreign origin.

import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startTutorialServer, type TutorialServer } from '../../src/core/server'
import { CHROMIUM_ARGS, chromiumPath, withPage } from '../support/chromium'

let tutorial: TutorialServer
let other: Server
let otherPort: number
let browser: Browser

/** Another site's pages: a login form posted on load, and a link that hides where it came from. */
function otherSitePage(url: URL): string {
  const target = url.searchParams.get('target') ?? ''
  if (url.pathname === '/post') {
    return `<form method="post" action="${target}/setcookie"><input name="nm" value="planted"></form>
      <script>document.forms[0].submit()</script>`
  }
  return `<meta name="referrer" content="no-referrer">
    <a id="go" href="${target}/set?key=bomb&amp;value=${'x'.repeat(100)}">win a prize</a>`
}

beforeAll(async () => {
  tutorial = await startTutorialServer()
  other = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(otherSitePage(new URL(req.url ?? '/', 'http://x')))
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  const address = other.address()
  otherPort = typeof address === 'object' && address ? address.port : 0
  const args = CHROMIUM_ARGS.map((arg) =>
    arg.startsWith('--host-resolver-rules=')
      ? '--host-resolver-rules=MAP *.test 127.0.0.1, MAP evil.example 127.0.0.1'
      : arg,
  )
  browser = await chromium.launch({ executablePath: chromiumPath(), args })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => other?.close(resolve))
  await tutorial?.close()
})

/** Opens a page of the other site and waits for the request it makes to the tutorial server. */
async function fromOtherSite(page: Page, pageUrl: string, path: string, click = false) {
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === path)
  await page.goto(pageUrl)
  if (click) await page.click('#go')
  const response = await answer
  await page.waitForURL(response.url())
  return {
    status: response.status(),
    fetchSite: await response.request().headerValue('sec-fetch-site'),
    heading: await page.locator('h1').textContent(),
    main: await page.locator('main').textContent(),
  }
}

describe('cookie-setting requests from another site, in Chromium', () => {
  // A foreign site (cross-site for the browser), and another app on this machine (same-site
  // for the browser, since cookies ignore ports): both post the login form on load.
  for (const [what, pageHost, tutorialHost, fetchSite] of [
    ['a foreign site', 'evil.example', 'localhost', 'cross-site'],
    ['another app on 127.0.0.1', '127.0.0.1', '127.0.0.1', 'same-site'],
  ]) {
    it(`refuses the login form posted by ${what} (${fetchSite}), and says why`, async () => {
      await withPage(browser, async (page, context) => {
        const target = `http://${tutorialHost}:${tutorial.port}`
        const otherOrigin = `http://${pageHost}:${otherPort}`
        const result = await fromOtherSite(
          page,
          `${otherOrigin}/post?target=${encodeURIComponent(target)}`,
          '/setcookie',
        )
        expect(result.fetchSite).toBe(fetchSite)
        expect(result.status).toBe(403)
        expect(result.heading).toBe('Refused: another site asked for this cookie')
        expect(result.main).toContain(otherOrigin)
        expect(await context.cookies()).toEqual([])
      })
    })
  }

  it('refuses a link that hides its referrer, and its own link then sets the cookie', async () => {
    await withPage(browser, async (page, context) => {
      const target = `http://localhost:${tutorial.port}`
      const result = await fromOtherSite(
        page,
        `http://evil.example:${otherPort}/link?target=${encodeURIComponent(target)}`,
        '/set',
        true,
      )
      expect(result.fetchSite).toBe('cross-site')
      expect(result.status).toBe(403)
      expect(result.main).toMatch(/did not say which/)
      expect(await context.cookies()).toEqual([])

      // The learner meant it: the refusal page's link comes from the tutorial itself.
      const again = page.waitForResponse((response) => new URL(response.url()).pathname === '/set')
      await page.getByRole('link', { name: 'this link' }).click()
      expect((await again).status()).toBe(200)
      const cookies = await context.cookies()
      expect(cookies.map((cookie) => [cookie.name, cookie.domain])).toEqual([['bomb', 'localhost']])
    })
  })

  /** Follows a link from the tutorial's page at `from` to `to`, as the page itself would. */
  async function followLink(page: Page, from: string, to: string) {
    await page.goto(from)
    const answer = page.waitForResponse((response) => response.url() === to)
    // A link the page follows (its CSP keeps forms to its own origin, so lessons use links).
    await page.evaluate((href) => {
      const link = document.createElement('a')
      link.href = href
      document.body.append(link)
      link.click()
    }, to)
    const response = await answer
    await page.waitForURL(to)
    return response
  }

  it("lets the tutorial's own pages on its other names set cookies", async () => {
    await withPage(browser, async (page, context) => {
      const port = tutorial.port
      // Chromium sends Sec-Fetch-* only to trustworthy origins (localhost, 127.0.0.1): for
      // http://*.test the Referer alone says where the request came from.
      const shop = await followLink(
        page,
        `http://tracker.test:${port}/`,
        `http://www.shop.test:${port}/set?key=cart&value=3`,
      )
      expect(await shop.request().headerValue('referer')).toBe(`http://tracker.test:${port}/`)
      expect(shop.status()).toBe(200)

      const loopback = await followLink(
        page,
        `http://127.0.0.1:${port}/`,
        `http://localhost:${port}/john/set`,
      )
      expect(await loopback.request().headerValue('sec-fetch-site')).toBe('cross-site')
      expect(loopback.status()).toBe(200)

      const cookies = await context.cookies()
      expect(cookies.map((cookie) => [cookie.name, cookie.domain]).sort()).toEqual([
        ['cart', 'www.shop.test'],
        ['username', 'localhost'],
      ])
    })
  })
})
