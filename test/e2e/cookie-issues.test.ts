// Chromium's own words about cookies, live: the Audits domain's Lax+POST warning on a form POST
// that carried a fresh cookie without SameSite, a partitioned (CHIPS) cookie set inside a
// cross-site iframe with its partition key, and one name in two partitions. Each is held against
// the real store (Network.getAllCookies on the pane's page), not only against what capture says.

import { describe, expect } from 'vitest'
import type { Protocol } from 'devtools-protocol'
import type { Exchange, TimelineEntry } from '../../src/shared/domain'
import { cookieKeyOf } from '../../src/shared/domain'
import type { PaneLab } from '../support/lab-harness'
import { exchangesIn, latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

/** The pane's whole cookie store as Chromium holds it, partitioned cookies included. */
async function realStore(lab: PaneLab): Promise<Protocol.Network.Cookie[]> {
  const session = await lab.context.newCDPSession(lab.page)
  try {
    return (await session.send('Network.getAllCookies')).cookies
  } finally {
    await session.detach()
  }
}

const exchangeAt = (lab: PaneLab, host: string, path: string, method = 'GET') =>
  latestComplete(lab.capture, (e) => {
    const url = urlOf(e)
    return e.method === method && url.hostname === host && url.pathname === path
  })

/** The tracker's /set inside www.shop.test's (or another site's) /embed page, over https. */
const EMBED_QUERY = 'site=tracker.test&key=pid&secure=1&samesite=None&partitioned=1'

async function embedUnder(lab: PaneLab, topHost: string, value: string): Promise<Exchange> {
  await lab.session.navigate(lab.httpsUrl(`/embed?${EMBED_QUERY}&value=${value}`, topHost))
  // Not `complete`: the frame runs in a process of its own (site isolation), and Chromium sends
  // its loadingFinished to the frame's target, not the page's (see src/core/capture/README.md).
  const framed = (entries: readonly TimelineEntry[]) =>
    exchangesIn(entries).find((e) => {
      const url = urlOf(e)
      return (
        url.hostname === 'tracker.test' &&
        url.searchParams.get('value') === value &&
        e.setCookies.length > 0
      )
    })
  await lab.capture.waitFor((entries) => framed(entries) !== undefined)
  return framed(lab.capture.entries())!
}

describe("Chromium's cookie issues, in Chromium", () => {
  labTest(
    'a fresh cookie without SameSite sent on a cross-site POST carries the Lax+POST warning',
    async ({ lab, ui }) => {
      // Set over http://www.shop.test; the tutorial's form then posts to https://www.shop.test,
      // which its page allows (form-action names the other scheme). Chromium counts the scheme
      // as part of the site, so this POST is cross-site, and the two-minute allowance lets the
      // cookie go.
      await lab.session.navigate(lab.url('/set?key=sid&value=fresh', 'www.shop.test'))
      await exchangeAt(lab, 'www.shop.test', '/set')
      await lab.session.navigate(lab.url('/', 'www.shop.test'))
      await lab.page.getByLabel('userID').fill('alice')
      await lab.page.evaluate(
        (action) => {
          const form = document.querySelector('form')
          if (!form) throw new Error('the tutorial page has no form')
          form.action = action
        },
        lab.httpsUrl('/setcookie', 'www.shop.test'),
      )
      await lab.page.getByRole('button', { name: 'Login' }).click()

      await lab.capture.waitFor(() =>
        lab.capture
          .entries()
          .some(
            (e) =>
              e.kind === 'exchange' &&
              e.method === 'POST' &&
              e.url.startsWith('https://') &&
              (e.cookieIssues?.length ?? 0) > 0,
          ),
      )
      const post = await exchangeAt(lab, 'www.shop.test', '/setcookie', 'POST')
      expect(post.url.startsWith('https://')).toBe(true)
      expect(post.cookieIssues).toContainEqual(
        expect.objectContaining({
          operation: 'ReadCookie',
          cookie: { name: 'sid', domain: 'www.shop.test', path: '/' },
          warningReasons: ['WarnSameSiteUnspecifiedLaxAllowUnsafe'],
          exclusionReasons: [],
        }),
      )
      // The warning explains a cookie that went, and the store holds it without SameSite.
      expect(post.cookiePairs).toContainEqual({ name: 'sid', value: 'fresh' })
      const sid = (await realStore(lab)).find((cookie) => cookie.name === 'sid')
      expect(sid).toMatchObject({ value: 'fresh', domain: 'www.shop.test', session: true })
      expect(sid?.sameSite).toBeUndefined()
      expect(lab.capture.store().find((cookie) => cookie.name === 'sid')).toMatchObject({
        value: 'fresh',
        sameSite: null,
      })

      // The UI: a marker on the row, the warning explained in the detail.
      const row = ui.row('/setcookie')
      await row.locator('.row-issues').waitFor()
      await row.click()
      const section = ui.page.getByRole('region', { name: "Chromium's cookie warnings" })
      await section.waitFor()
      expect(await section.textContent()).toContain('sent by the 2-minute Lax+POST allowance')
      await section.scrollIntoViewIfNeeded()
      await ui.screenshot('cookie-warning')
    },
  )
})

describe("a script's cookie issue, in Chromium", () => {
  labTest(
    'a refused document.cookie write shows on the exchange that loaded the page',
    async ({ lab }) => {
      await lab.session.navigate('/cookies')
      const page = await exchangeAt(lab, '127.0.0.1', '/cookies')
      await lab.page.evaluate(() => {
        document.cookie = 'scr=1; SameSite=None'
      })
      await lab.capture.waitFor(() =>
        lab.capture
          .entries()
          .some((e) => e.id === page.id && e.kind === 'exchange' && e.cookieIssues?.length),
      )
      const withIssue = lab.capture.entries().find((e) => e.id === page.id) as Exchange
      expect(withIssue.cookieIssues).toEqual([
        expect.objectContaining({
          byScript: true,
          operation: 'SetCookie',
          cookie: expect.objectContaining({ name: 'scr' }),
          exclusionReasons: ['ExcludeSameSiteNoneInsecure'],
        }),
      ])
      expect((await realStore(lab)).map((cookie) => cookie.name)).not.toContain('scr')
    },
  )
})

describe('partitioned cookies (CHIPS), in Chromium', () => {
  labTest(
    'a Partitioned cookie set inside a cross-site iframe is stored and shown with its partition',
    async ({ lab, ui }) => {
      const set = await embedUnder(lab, 'www.shop.test', 'one')
      const shopPartition = { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true }
      expect(set.setCookies.map((line) => [line.parsed?.partitioned, line.outcome])).toEqual([
        [true, { status: 'stored' }],
      ])
      expect(set.cookiePartition).toEqual({ key: shopPartition, opaque: false })

      const stored = (await realStore(lab)).filter((cookie) => cookie.name === 'pid')
      expect(stored).toEqual([
        expect.objectContaining({
          value: 'one',
          domain: 'tracker.test',
          partitionKey: shopPartition,
        }),
      ])
      await lab.capture.waitFor(() =>
        lab.capture.store().some((c) => c.name === 'pid' && c.value === 'one'),
      )
      expect(lab.capture.store().find((c) => c.name === 'pid')?.partitionKey).toEqual(shopPartition)

      // The detail names the partition in words.
      await ui.row(`/set?key=pid&secure=1&samesite=None&partitioned=1&value=one`).click()
      await ui.page
        .getByText(
          /stored in the jar of the top-level site https:\/\/shop\.test \(inside a cross-site frame\)/,
        )
        .waitFor()

      // tracker.test on its own: its cookie lives in shop.test's partition, not here.
      await lab.session.navigate(lab.httpsUrl('/cookies', 'tracker.test'))
      const alone = await exchangeAt(lab, 'tracker.test', '/cookies')
      expect(alone.siteHasCookieInOtherPartition).toBe(true)
      expect(alone.cookiePairs.map((pair) => pair.name)).not.toContain('pid')
    },
  )

  labTest('one name embedded under two top-level sites is two cookies', async ({ lab }) => {
    await embedUnder(lab, 'www.shop.test', 'one')
    await embedUnder(lab, 'localhost', 'two')
    const real = (await realStore(lab)).filter((cookie) => cookie.name === 'pid')
    expect(real.map((cookie) => [cookie.value, cookie.partitionKey?.topLevelSite]).sort()).toEqual([
      ['one', 'https://shop.test'],
      ['two', 'https://localhost'],
    ])
    await lab.capture.waitFor(
      () => lab.capture.store().filter((cookie) => cookie.name === 'pid').length === 2,
    )
    const seen = lab.capture.store().filter((cookie) => cookie.name === 'pid')
    expect(seen.map((cookie) => [cookie.value, cookie.partitionKey?.topLevelSite]).sort()).toEqual([
      ['one', 'https://shop.test'],
      ['two', 'https://localhost'],
    ])
    expect(new Set(seen.map(cookieKeyOf)).size).toBe(2)
  })
})
