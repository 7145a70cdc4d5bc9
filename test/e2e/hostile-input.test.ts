// Input that breaks naive cookie tools, through the real server, real Chromium and real capture:
// nothing crashes, no exchange is lost, and what the browser refused says why.

import { describe, expect } from 'vitest'
import type { TimelineEntry } from '../../src/shared/domain'
import type { PaneLab } from '../support/lab-harness'
import { exchangesIn, latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

const documents = (entries: readonly TimelineEntry[]) =>
  exchangesIn(entries).filter((exchange) => exchange.resourceType === 'Document')

const lastDocument = (lab: PaneLab, path: string) =>
  latestComplete(lab.capture, (e) => e.resourceType === 'Document' && urlOf(e).pathname === path)

describe('hostile cookies', () => {
  labTest('carries 170 cookies in one request, each one seen', async ({ lab }) => {
    await lab.session.navigate('/cookies')
    await lab.page.evaluate(() => {
      for (let i = 0; i < 170; i += 1) document.cookie = `c${i}=${'v'.repeat(i % 40)}; path=/`
    })
    await lab.capture.waitFor(() => lab.capture.store().length === 171)
    const writes = lab.capture
      .entries()
      .filter((entry) => entry.kind === 'script-write')
      .flatMap((entry) => entry.storeChanges)
    expect(writes.filter((change) => change.type === 'added')).toHaveLength(170)

    await lab.session.navigate('/cookies')
    await lab.capture.waitFor(
      (entries) => documents(entries).filter((e) => e.state === 'complete').length === 2,
    )
    const second = documents(lab.capture.entries())[1]!
    expect(second.cookiePairs).toHaveLength(171)
    expect(second.cookiePairs).toContainEqual({ name: 'c169', value: 'v'.repeat(169 % 40) })
    expect(second.considered.filter((c) => c.blockedReasons.length === 0)).toHaveLength(171)
    // The server read every one of them back: its page lists them.
    expect(await lab.page.getByText('c169', { exact: true }).count()).toBeGreaterThan(0)
  })

  labTest(
    'accounts for every cookie when Chromium evicts past its 180-per-domain limit',
    async ({ lab }) => {
      await lab.session.navigate('/cookies')
      const write = (from: number, to: number) =>
        lab.page.evaluate(
          ([first, last]) => {
            for (let i = first; i < last; i += 1) document.cookie = `e${i}=1; path=/`
          },
          [from, to] as const,
        )
      // First 170, seen by capture; then 80 more, so that Chromium evicts cookies capture knows.
      // (Cookies evicted before any snapshot saw them were never in the store as far as capture
      // can tell: that is why the writes come in two rounds.)
      await write(0, 170)
      await lab.capture.waitFor(() => lab.capture.store().some((cookie) => cookie.name === 'e169'))
      await write(170, 250)
      await lab.capture.waitFor(() => lab.capture.store().some((cookie) => cookie.name === 'e249'))
      await lab.capture.settled()
      const store = lab.capture.store()
      expect(store.length).toBeLessThanOrEqual(180)
      // Nothing lost: what was added, less what was removed, is exactly what the store holds.
      const changes = lab.capture.entries().flatMap((entry) => entry.storeChanges)
      const added = changes.filter((change) => change.type === 'added').length
      const gone = changes.filter((c) => c.type === 'removed' || c.type === 'expired').length
      expect(gone).toBeGreaterThan(0)
      expect(added - gone).toBe(store.length)
    },
  )

  labTest(
    'stores a 4 KB cookie and reports a 5 KB one as refused, with the reason',
    async ({ lab }) => {
      const big = 'x'.repeat(4000)
      await lab.session.navigate(`/set?key=big&value=${big}`)
      const stored = await lastDocument(lab, '/set')
      expect(stored.setCookies[0]?.outcome).toEqual({ status: 'stored' })
      await lab.capture.waitFor(() => lab.capture.store().some((c) => c.name === 'big'))

      await lab.session.navigate(`/set?key=huge&value=${'y'.repeat(5000)}`)
      const refused = await lastDocument(lab, '/set')
      expect(refused.id).not.toBe(stored.id)
      const line = refused.setCookies[0]!
      expect(line.raw.length).toBeGreaterThan(5000)
      expect(line.outcome.status).toBe('blocked')
      expect(line.problems).toContainEqual({
        code: 'nameValueTooLong',
        params: { bytes: 'huge'.length + 5000, max: 4096 },
      })
      await lab.capture.settled()
      expect(lab.capture.store().some((c) => c.name === 'huge')).toBe(false)
    },
  )

  labTest(
    'round-trips non-ASCII, spaces, quotes and semicolons the way Flask does',
    async ({ lab }) => {
      const value = 'café; "quoted" \\ back, comma'
      await lab.session.navigate(`/set?key=odd&value=${encodeURIComponent(value)}`)
      const set = await lastDocument(lab, '/set')
      expect(set.setCookies[0]?.outcome).toEqual({ status: 'stored' })
      // Werkzeug quotes the value and escapes what a cookie value cannot hold as octal.
      expect(set.setCookies[0]?.raw).toMatch(
        /^odd="caf\\303\\251\\073 \\"quoted\\" \\\\ back\\054 comma"; Path=\/$/,
      )

      await lab.session.navigate('/cookies')
      const page = await lastDocument(lab, '/cookies')
      expect(page.cookieHeader).toContain('odd="caf\\303\\251')
      // The server decodes it the Flask way: the page shows the value as it was set.
      expect(await lab.page.locator('body').textContent()).toContain(value)
    },
  )

  labTest(
    "shows a script's UTF-8 value as written, in the Cookie pairs and the raw header",
    async ({ lab }) => {
      const value = 'héllo—日本'
      await lab.session.navigate('/cookies')
      await lab.page.fill('#js-name', 'w')
      await lab.page.fill('#js-value', value)
      await lab.page.click('#write-cookie button')
      await lab.capture.waitFor(() => lab.capture.store().some((c) => c.name === 'w'))
      expect(lab.capture.store().find((c) => c.name === 'w')?.value).toBe(value)

      await lab.session.navigate('/getcookie')
      const sent = await lastDocument(lab, '/getcookie')
      expect(sent.cookiePairs).toContainEqual({ name: 'w', value })
      const header = sent.requestHeaders?.find((line) => line.name.toLowerCase() === 'cookie')
      expect(header?.utf8).toContain(`w=${value}`)
    },
  )

  labTest('refuses CR/LF in a cookie value with a 400 page and keeps serving', async ({ lab }) => {
    await lab.session.navigate('/set?key=evil&value=a%0d%0aSet-Cookie:%20owned=1')
    const refused = await lastDocument(lab, '/set')
    expect(refused.status).toBe(400)
    expect(refused.setCookies).toEqual([])
    expect(await lab.page.locator('body').textContent()).toMatch(/CR|LF|line break/i)
    await lab.session.navigate('/getcookie')
    expect((await lastDocument(lab, '/getcookie')).status).toBe(200)
    expect(lab.capture.store().some((c) => c.name === 'owned')).toBe(false)
  })
})
