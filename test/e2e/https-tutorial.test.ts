// The tutorial over local HTTPS in real Chromium, trusting the server's key by the same flag the
// app's Chromium hosts use (`--ignore-certificate-errors-spki-list` with that key only): Secure
// and __Host- cookies stored over https and refused over http, a partitioned cookie in a
// cross-site iframe with its partition key, and a page with any other self-signed certificate
// still refused. Its own small setup: one browser, one tutorial server, one stranger.

import { createServer as createHttpsServer, type Server } from 'node:https'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { startTutorialServer, type TutorialServer } from '../../src/core/server'
import { chromiumTrustSwitch } from '../../src/core/server/certificate-trust'
import { makeTlsCredentials } from '../../src/core/server/tls-certificate'
import { storedCookiesOf } from '../support/browser-store'
import { CHROMIUM_ARGS, chromiumPath, withPage } from '../support/chromium'

let tutorial: TutorialServer
let stranger: Server
let strangerPort: number
let browser: Browser

beforeAll(async () => {
  tutorial = await startTutorialServer()
  // Another self-signed certificate for the very same names, with another key.
  const strangerCredentials = await makeTlsCredentials()
  stranger = createHttpsServer(
    { key: strangerCredentials.keyPem, cert: strangerCredentials.certPem },
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<h1>not the tutorial</h1>')
    },
  )
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve))
  const address = stranger.address()
  strangerPort = typeof address === 'object' && address ? address.port : 0
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, chromiumTrustSwitch(tutorial.certificate.spkiSha256)],
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => stranger?.close(resolve))
  await tutorial?.close()
})

const https = (host: string, path: string) => `https://${host}:${tutorial.httpsPort}${path}`
const http = (host: string, path: string) => `http://${host}:${tutorial.port}${path}`
const HOST_COOKIE = '/set?key=__Host-id&value=1&secure=1&path=/'

describe('the tutorial over https, in Chromium', () => {
  it('stores a __Host- cookie over https, sends it back, and refuses it over http', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto(https('www.shop.test', HOST_COOKIE))
      expect(response?.status()).toBe(200)
      expect(await response?.headerValue('set-cookie')).toBe('__Host-id=1; Secure; Path=/')
      const stored = (await storedCookiesOf(page)).filter((cookie) => cookie.name === '__Host-id')
      expect(stored).toMatchObject([
        { value: '1', domain: 'www.shop.test', secure: true, sourceScheme: 'Secure' },
      ])
      await page.goto(https('www.shop.test', '/cookies'))
      expect(await page.locator('pre.wire').first().textContent()).toContain('__Host-id=1')
    })
    await withPage(browser, async (page) => {
      const response = await page.goto(http('www.shop.test', HOST_COOKIE))
      // The server sent the very same line; the browser did not keep it.
      expect(await response?.headerValue('set-cookie')).toBe('__Host-id=1; Secure; Path=/')
      expect((await storedCookiesOf(page)).map((cookie) => cookie.name)).not.toContain('__Host-id')
    })
  })

  it('still refuses a page with another self-signed certificate, saying which error', async () => {
    await withPage(browser, async (page) => {
      // goto fails either with the error itself or as "interrupted" by the error page.
      const failure = await page.goto(`https://www.shop.test:${strangerPort}/`).then(
        () => null,
        (error: unknown) => String(error),
      )
      expect(failure).toMatch(/net::ERR_CERT_AUTHORITY_INVALID|chrome-error:\/\/chromewebdata/)
      await page.waitForURL('chrome-error://chromewebdata/')
      expect(await page.content()).toContain('ERR_CERT_AUTHORITY_INVALID')
      expect(await page.content()).not.toContain('not the tutorial')
      // The tutorial's own key is still trusted in the same browser.
      expect((await page.goto(https('www.shop.test', '/')))?.status()).toBe(200)
    })
  })

  it('stores a Partitioned cookie set by tracker.test inside www.shop.test, keyed to shop.test', async () => {
    await withPage(browser, async (page) => {
      const frameAnswer = page.waitForResponse(
        (response) =>
          new URL(response.url()).hostname === 'tracker.test' &&
          new URL(response.url()).pathname === '/set',
      )
      await page.goto(
        https(
          'www.shop.test',
          '/embed?site=tracker.test&key=chip&value=1&secure=1&samesite=None&partitioned=1',
        ),
      )
      const framed = await frameAnswer
      expect(framed.status()).toBe(200)
      expect(await framed.headerValue('set-cookie')).toBe(
        'chip=1; Secure; Path=/; SameSite=None; Partitioned',
      )
      const chip = (await storedCookiesOf(page)).filter((cookie) => cookie.name === 'chip')
      expect(chip).toMatchObject([
        {
          value: '1',
          domain: 'tracker.test',
          partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
        },
      ])
      // Its jar is tracker.test-inside-shop.test: tracker.test visited on its own does not get it.
      await page.goto(https('tracker.test', '/cookies'))
      expect(await page.locator('pre.wire').first().textContent()).not.toContain('chip=')
    })
  })
})
