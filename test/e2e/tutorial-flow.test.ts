// The seeds' set / get / delete, done as a learner does it, in real Chromium against the real
// tutorial server, and checked only through what capture saw.

import { describe, expect } from 'vitest'
import type { ScriptWrite, TimelineEntry } from '../../src/shared/domain'
import type { PaneLab } from '../support/lab-harness'
import { exchangesIn, latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

/** The latest complete exchange for METHOD PATH, once capture has it. */
const exchangeFor = (lab: PaneLab, method: string, path: string) =>
  latestComplete(lab.capture, (e) => e.method === method && urlOf(e).pathname === path)

describe('set, get and delete through the form (seeds 000/001/003)', () => {
  labTest(
    'sees the Set-Cookie, the Cookie header that follows, and the deletion',
    async ({ lab }) => {
      await lab.session.navigate('/')
      await lab.page.fill('input[name="nm"]', 'alice')
      await lab.page.click('input[type="submit"], button[type="submit"]')

      const set = await exchangeFor(lab, 'POST', '/setcookie')
      expect(set.status).toBe(200)
      expect(set.setCookies.map((line) => line.raw)).toEqual(['userID=alice; Path=/'])
      expect(set.setCookies[0]?.outcome).toEqual({ status: 'stored' })
      await lab.capture.waitFor(() =>
        lab.capture.store().some((c) => c.name === 'userID' && c.value === 'alice'),
      )
      const added = lab.capture.entries().flatMap((entry) => entry.storeChanges)
      expect(added).toContainEqual(
        expect.objectContaining({
          type: 'added',
          cause: { by: 'response', entryId: set.id },
          cookie: expect.objectContaining({ name: 'userID', value: 'alice' }),
        }),
      )

      await lab.page.click('a[href="/getcookie"]')
      const get = await exchangeFor(lab, 'GET', '/getcookie')
      expect(get.cookieHeader).toBe('userID=alice')
      expect(get.cookiePairs).toEqual([{ name: 'userID', value: 'alice' }])
      expect(get.considered.map((c) => [c.cookie.name, c.blockedReasons])).toEqual([['userID', []]])
      expect(await lab.page.locator('h1').textContent()).toContain('welcome alice')

      await lab.session.navigate('/deletecookie')
      const del = await exchangeFor(lab, 'GET', '/deletecookie')
      expect(del.setCookies[0]?.raw).toBe('userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/')
      await lab.capture.waitFor(() => !lab.capture.store().some((c) => c.name === 'userID'))
      const removal = lab.capture
        .entries()
        .flatMap((entry) => entry.storeChanges)
        .find((change) => change.cookie.name === 'userID' && change.type !== 'added')
      expect(removal?.cause).toEqual({ by: 'response', entryId: del.id })

      await lab.session.navigate('/getcookie')
      const gets = (entries: readonly TimelineEntry[]) =>
        exchangesIn(entries).filter(
          (e) => urlOf(e).pathname === '/getcookie' && e.state === 'complete',
        )
      await lab.capture.waitFor((entries) => gets(entries).length === 2)
      const last = gets(lab.capture.entries())[1]!
      expect(last.requestHeaders).not.toBeNull()
      expect(last.cookieHeader).toBeNull()
      expect(await lab.page.locator('body').textContent()).toContain('No userID cookie was sent')
    },
  )
})

describe("the tutorial pages in the app's pane", () => {
  labTest(
    'show the form and its Login button without scrolling in a 670×430 pane',
    async ({ lab }) => {
      await lab.page.setViewportSize({ width: 670, height: 430 })
      await lab.session.navigate('/')
      const login = await lab.page.getByRole('button', { name: 'Login' }).boundingBox()
      expect(login).not.toBeNull()
      expect(login!.y + login!.height).toBeLessThanOrEqual(430)
      // The route links stay on one line there, scrolling sideways rather than pushing the page.
      const nav = await lab.page.getByRole('navigation', { name: 'Tutorial routes' }).boundingBox()
      expect(nav!.height).toBeLessThan(60)
    },
  )
})

describe('what the browser decides', () => {
  labTest('reports a document.cookie write on /cookies as a script write', async ({ lab }) => {
    await lab.session.navigate('/cookies')
    const page = await exchangeFor(lab, 'GET', '/cookies')
    expect(page.setCookies.map((line) => line.raw)).toEqual(['username=root; Path=/'])
    await lab.page.evaluate(() => {
      document.cookie = 'theme=dark; path=/'
    })
    await lab.capture.waitFor((entries) =>
      entries.some(
        (entry) =>
          entry.kind === 'script-write' &&
          entry.storeChanges.some((change) => change.cookie.name === 'theme'),
      ),
    )
    const write = lab.capture
      .entries()
      .find((entry): entry is ScriptWrite => entry.kind === 'script-write')!
    expect(write.storeChanges).toEqual([
      expect.objectContaining({
        type: 'added',
        cause: { by: 'script' },
        cookie: expect.objectContaining({ name: 'theme', value: 'dark' }),
      }),
    ])
    // The server-set cookie stays attributed to its response, not to the script.
    const username = lab.capture
      .entries()
      .flatMap((entry) => entry.storeChanges)
      .find((change) => change.cookie.name === 'username')
    expect(username?.cause).toEqual({ by: 'response', entryId: page.id })
  })

  labTest('shows SameSite=None without Secure as blocked, with its reason', async ({ lab }) => {
    await lab.session.navigate('/set?key=tracker&value=1&samesite=None')
    const set = await exchangeFor(lab, 'GET', '/set')
    expect(set.setCookies[0]?.raw).toBe('tracker=1; Path=/; SameSite=None')
    expect(set.setCookies[0]?.outcome).toEqual({
      status: 'blocked',
      reasons: expect.arrayContaining(['SameSiteNoneInsecure']),
    })
    await lab.capture.settled()
    expect(lab.capture.store().some((c) => c.name === 'tracker')).toBe(false)
  })

  labTest('reports a max_age=1 cookie as expired once it lapses', async ({ lab }) => {
    await lab.session.navigate('/set?key=brief&value=1&max_age=1')
    const set = await exchangeFor(lab, 'GET', '/set')
    expect(set.setCookies[0]?.parsed?.maxAge).toBe(1)
    await lab.capture.waitFor(() => lab.capture.store().some((c) => c.name === 'brief'))
    await lab.capture.waitFor(
      (entries) =>
        entries.some((entry) =>
          entry.storeChanges.some(
            (change) => change.cookie.name === 'brief' && change.type === 'expired',
          ),
        ),
      5_000,
    )
    expect(lab.capture.store().some((c) => c.name === 'brief')).toBe(false)
  })

  labTest(
    'shares a Domain=shop.test cookie between www.shop.test and api.shop.test',
    async ({ lab }) => {
      await lab.session.navigate(lab.url('/set?key=cart&value=3&domain=shop.test', 'www.shop.test'))
      const set = await exchangeFor(lab, 'GET', '/set')
      expect(set.setCookies[0]?.raw).toBe('cart=3; Domain=shop.test; Path=/')
      expect(set.setCookies[0]?.outcome).toEqual({ status: 'stored' })

      await lab.session.navigate(lab.url('/cookies', 'api.shop.test'))
      const api = await exchangeFor(lab, 'GET', '/cookies')
      expect(new URL(api.url).hostname).toBe('api.shop.test')
      expect(api.cookiePairs).toContainEqual({ name: 'cart', value: '3' })

      await lab.session.navigate(lab.url('/cookies', 'tracker.test'))
      const other = await exchangeFor(lab, 'GET', '/cookies')
      expect(new URL(other.url).hostname).toBe('tracker.test')
      expect(other.cookiePairs.some((pair) => pair.name === 'cart')).toBe(false)
    },
  )
})
