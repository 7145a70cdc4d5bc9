// HAR export over sessions Chromium really produced: the recorded CDP fixtures replayed through
// capture (test/fixtures/cdp), so the entries are capture's own, not hand-made.

import { describe, expect, it } from 'vitest'
import type { Entry, Har } from 'har-format'
import { exportHar, withoutLineValue, type ExchangeExtras } from '../../../src/core/har/har-export'
import type { Exchange } from '../../../src/shared/domain'
import { replayedFixture } from '../capture/fake-browser'

async function exported(scenario: string, sanitised = false) {
  const replayed = await replayedFixture(scenario)
  replayed.capture.close()
  const har = exportHar(replayed.entries, { version: '9.9.9', sanitised })
  return { ...replayed, har, entry: (exchange: Exchange) => entryOf(har, exchange) }
}

function entryOf(har: Har, exchange: Exchange): Entry & { _cookieLab: ExchangeExtras } {
  const found = har.log.entries.find(
    (e) => (e as Entry & { _cookieLab: ExchangeExtras })._cookieLab.id === exchange.id,
  )
  if (!found) throw new Error(`no HAR entry for ${exchange.url}`)
  return found as Entry & { _cookieLab: ExchangeExtras }
}

describe('exportHar', () => {
  it('writes HAR 1.2: every exchange an entry, cookies in request.cookies and response.cookies, raw headers', async () => {
    const { har, exchanges, at, entry } = await exported('set-get-delete')
    expect(har.log.version).toBe('1.2')
    expect(har.log.creator).toEqual({ name: 'Cookie Lab', version: '9.9.9' })
    expect(har.log.entries).toHaveLength(exchanges.length)

    const set = at('/set')
    const setEntry = entry(set)
    expect(setEntry.request.method).toBe('GET')
    expect(setEntry.request.url).toBe(set.url)
    // HAR's dates hold whole milliseconds.
    expect(new Date(setEntry.startedDateTime).getTime()).toBe(Math.floor(set.time))
    expect(setEntry.response.status).toBe(set.status)
    const line = set.setCookies[0]!
    expect(setEntry.response.cookies).toEqual([
      expect.objectContaining({
        name: line.parsed!.name,
        value: line.parsed!.value,
        httpOnly: line.parsed!.httpOnly,
        secure: line.parsed!.secure,
        ...(line.parsed!.path ? { path: line.parsed!.path } : {}),
      }),
    ])
    expect(setEntry.response.headers.filter((h) => h.name.toLowerCase() === 'set-cookie')).toEqual(
      set.responseHeaders!.filter((h) => h.name.toLowerCase() === 'set-cookie'),
    )
    expect(setEntry._cookieLab.setCookies).toEqual([{ raw: line.raw, outcome: line.outcome }])
    expect(setEntry._cookieLab.storeChanges).toEqual(set.storeChanges)

    const get = at('/get')
    expect(entry(get).request.cookies).toEqual(get.cookiePairs)
    expect(entry(get).request.cookies.length).toBeGreaterThan(0)
    // The whole log survives JSON (what is written to disk).
    expect(JSON.parse(JSON.stringify(har))).toEqual(har)
  })

  it('keeps what HAR has no field for: the browser’s blocked reasons, in underscore fields', async () => {
    const { har, exchanges } = await exported('samesite-none-insecure')
    const refused = exchanges.find((e) => e.setCookies.some((l) => l.outcome.status === 'blocked'))!
    const extras = entryOf(har, refused)._cookieLab
    expect(extras.setCookies.map((l) => l.outcome)).toEqual(
      refused.setCookies.map((l) => l.outcome),
    )
    expect(extras.setCookies.some((l) => l.outcome.status === 'blocked')).toBe(true)
    const held = await exported('samesite-cross-site')
    const notSent = held.exchanges.find((e) => e.considered.some((c) => c.blockedReasons.length))!
    expect(entryOf(held.har, notSent)._cookieLab.considered.map((c) => c.blockedReasons)).toEqual(
      notSent.considered.map((c) => c.blockedReasons),
    )
  })

  it('puts script writes, inspector edits and gaps in log._cookieLab, which HAR has no entries for', async () => {
    const { har, entries } = await exported('script-write')
    const others = entries.filter((e) => e.kind !== 'exchange')
    expect(others.length).toBeGreaterThan(0)
    expect((har.log as { _cookieLab?: { entries: unknown[] } })._cookieLab?.entries).toEqual(others)
  })

  it('sanitised: no cookie value anywhere, the secret headers emptied, names and verdicts kept', async () => {
    const plain = await exported('set-get-delete')
    const { har, at, entry } = await exported('set-get-delete', true)
    const values = new Set(
      plain.exchanges.flatMap((e) => [
        ...e.cookiePairs.map((p) => p.value),
        ...e.setCookies.flatMap((l) => (l.parsed ? [l.parsed.value] : [])),
      ]),
    )
    values.delete('')
    expect(values.size).toBeGreaterThan(0)
    const text = JSON.stringify(har)
    for (const value of values) expect(text).not.toContain(`=${value}`)
    for (const value of values) expect(text).not.toContain(`"value":"${value}"`)
    for (const e of har.log.entries) {
      for (const h of [...e.request.headers, ...e.response.headers]) {
        if (/^(cookie|set-cookie|authorization)$/i.test(h.name)) expect(h.value).toBe('')
      }
    }
    const set = at('/set')
    expect(entry(set).response.cookies.map((c) => c.name)).toEqual(
      set.setCookies.map((l) => l.parsed!.name),
    )
    expect(entry(set)._cookieLab.setCookies[0]!.outcome.status).toBe(
      set.setCookies[0]!.outcome.status,
    )
    expect(entry(set)._cookieLab.sanitised).toBe(true)
  })

  it('empties a line’s value and keeps its name and attributes', () => {
    expect(withoutLineValue('userID=alice; Path=/; HttpOnly')).toBe('userID=; Path=/; HttpOnly')
    expect(withoutLineValue('token=a=b=c')).toBe('token=')
    expect(withoutLineValue('novalue')).toBe('=')
  })
})
