// Events recorded from Debian's Chromium (scripts/record-cdp-events.ts), replayed into capture.
// The store the recorder read after each step plays the browser's store.

import { afterEach, describe, expect, it } from 'vitest'
import { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange, ScriptWrite, TimelineEntry } from '../../../src/shared/domain'
import { replayedFixture } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

async function replayed(scenario: string) {
  const replay = await replayedFixture(scenario)
  capture = replay.capture
  return replay
}

const scriptWrites = (entries: TimelineEntry[]) =>
  entries.filter((e): e is ScriptWrite => e.kind === 'script-write')

describe('set, get and delete', () => {
  it('shows the Set-Cookie, the Cookie header that carries it back, and the removal', async () => {
    const { at, exchanges, capture, entries } = await replayed('set-get-delete')
    expect(exchanges.map((e) => `${e.method} ${new URL(e.url).pathname} ${e.status}`)).toEqual([
      'GET /set 200',
      'GET /get 200',
      'GET /delete 200',
      'GET /get 200',
    ])
    const set = at('/set')
    expect(set.state).toBe('complete')
    expect(set.cookieHeader).toBeNull()
    expect(set.setCookies).toEqual([
      {
        raw: 'userID=alice; Path=/',
        parsed: {
          name: 'userID',
          value: 'alice',
          path: '/',
          secure: false,
          httpOnly: false,
          sameSite: null,
          partitioned: false,
        },
        problems: [],
        outcome: { status: 'stored' },
      },
    ])
    expect(set.storeChanges).toEqual([
      expect.objectContaining({
        type: 'added',
        cause: { by: 'response', entryId: set.id },
        cookie: expect.objectContaining({ name: 'userID', value: 'alice', hostOnly: true }),
      }),
    ])

    const get = at('/get')
    expect(get.cookieHeader).toBe('userID=alice')
    expect(get.cookiePairs).toEqual([{ name: 'userID', value: 'alice' }])
    expect(get.considered.map((c) => [c.cookie.name, c.blockedReasons])).toEqual([['userID', []]])
    expect(get.requestHeaders).toContainEqual({ name: 'Cookie', value: 'userID=alice' })
    expect(get.storeChanges).toEqual([])

    const del = at('/delete')
    expect(del.setCookies[0]?.raw).toBe('userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/')
    expect(del.setCookies[0]?.parsed?.expires).toBe('Thu, 01 Jan 1970 00:00:00 GMT')
    expect(del.setCookies[0]?.parsed?.expiresAt).toBe(0)
    expect(del.storeChanges).toEqual([
      expect.objectContaining({ type: 'removed', cause: { by: 'response', entryId: del.id } }),
    ])

    const after = at('/get', 1)
    expect(after.requestHeaders).not.toBeNull()
    expect(after.cookieHeader).toBeNull()
    expect(capture.store()).toEqual([])
    expect(scriptWrites(entries)).toEqual([])
  })
})

describe('a redirect chain', () => {
  it('makes each hop its own exchange, with the Set-Cookie of each 302 on its hop', async () => {
    const { exchanges } = await replayed('redirect')
    expect(exchanges.map((e) => [e.hop, new URL(e.url).pathname, e.status, e.state])).toEqual([
      [0, '/login', 302, 'complete'],
      [1, '/login/next', 302, 'complete'],
      [2, '/welcome', 200, 'complete'],
    ])
    const [login, next, welcome] = exchanges as [Exchange, Exchange, Exchange]
    expect(new Set(exchanges.map((e) => e.requestId)).size).toBe(1)
    expect(new Set(exchanges.map((e) => e.id)).size).toBe(3)
    expect(login.redirectedTo).toMatch(/\/login\/next$/)
    expect(next.redirectedTo).toMatch(/\/welcome$/)
    expect(welcome.redirectedTo).toBeUndefined()
    expect(login.setCookies.map((l) => l.raw)).toEqual(['session=s3cr3t; Path=/; HttpOnly'])
    expect(next.setCookies.map((l) => l.raw)).toEqual(['hop=2; Path=/'])
    expect(welcome.setCookies).toEqual([])
    expect(login.cookieHeader).toBeNull()
    expect(next.cookieHeader).toBe('session=s3cr3t')
    expect(welcome.cookieHeader).toBe('session=s3cr3t; hop=2')
    expect(login.storeChanges.map((c) => [c.type, c.cookie.name, c.cause])).toEqual([
      ['added', 'session', { by: 'response', entryId: login.id }],
    ])
    expect(next.storeChanges.map((c) => [c.cookie.name, c.cause])).toEqual([
      ['hop', { by: 'response', entryId: next.id }],
    ])
    expect(login.finishedAt).toBe(next.time)
  })
})

describe('what the browser refuses', () => {
  it('marks SameSite=None without Secure as blocked, with its reason, and stores the rest', async () => {
    const { at, capture } = await replayed('samesite-none-insecure')
    const page = at('/samesite-none')
    expect(page.setCookies.map((l) => [l.parsed?.name, l.outcome])).toEqual([
      ['tracker', { status: 'blocked', reasons: ['SameSiteNoneInsecure'] }],
      ['ok', { status: 'stored' }],
    ])
    expect(capture.store().map((c) => c.name)).toEqual(['ok'])
    expect(page.storeChanges.map((c) => c.cookie.name)).toEqual(['ok'])
    expect(at('/get').cookieHeader).toBe('ok=1')
  })

  it('shows a cookie considered but not sent because of its path (NotOnPath)', async () => {
    const { at } = await replayed('path-mismatch')
    expect(at('/admin/page').cookieHeader).toBe('admin=1')
    const elsewhere = at('/elsewhere')
    expect(elsewhere.cookieHeader).toBeNull()
    expect(elsewhere.considered).toEqual([
      {
        cookie: expect.objectContaining({ name: 'admin', path: '/admin' }),
        blockedReasons: ['NotOnPath'],
      },
    ])
  })

  it('shows cross-site cookies withheld with their SameSite reasons', async () => {
    const { at } = await replayed('samesite-cross-site')
    const api = at('/lax/api')
    expect(api.resourceType).toBe('Fetch')
    expect(api.cookieHeader).toBeNull()
    const reasons = Object.fromEntries(api.considered.map((c) => [c.cookie.name, c.blockedReasons]))
    expect(reasons.lax).toContain('SchemefulSameSiteUnspecifiedTreatedAsLax')
    expect(reasons.strict).toContain('SchemefulSameSiteStrict')
  })

  it('reads malformed Set-Cookie lines, says what is wrong, and keeps the verdicts', async () => {
    const { at, capture, entries } = await replayed('malformed-set-cookie')
    const page = at('/malformed-lines')
    const line = (name: string) => {
      const found = page.setCookies.find((l) => l.raw.startsWith(name))
      if (!found) throw new Error(`no line ${name}`)
      return found
    }
    expect(page.setCookies).toHaveLength(8)
    expect(line('=emptyname').problems).toEqual([{ code: 'emptyName' }])
    expect(line('novalue').problems).toEqual([{ code: 'noEquals' }])
    expect(line('novalue').parsed).toMatchObject({ name: '', value: 'novalue' })
    expect(line('big=').outcome).toEqual({
      status: 'blocked',
      reasons: ['NameValuePairExceedsMaxSize'],
    })
    expect(line('big=').problems).toEqual([
      { code: 'nameValueTooLong', params: { bytes: 5003, max: 4096 } },
    ])
    expect(line('ctl=').outcome).toEqual({ status: 'blocked', reasons: ['DisallowedCharacter'] })
    expect(line('ctl=').problems).toEqual([
      { code: 'controlCharacters', params: { codes: '0x01', count: 1 } },
    ])
    expect(line('cafe=').parsed?.value).toBe('crème')
    expect(line('cafe=').problems).toEqual([{ code: 'nonAsciiUtf8' }])
    expect(line('latin=').problems).toEqual([{ code: 'nonAsciiNotUtf8' }])
    expect(line('odd=').problems).toEqual([
      { code: 'sameSiteUnknown', params: { sameSite: 'Bogus' } },
    ])
    expect(line('fine=').problems).toEqual([])
    // Every cookie the store gained came from this response, odd bytes and all.
    expect(page.storeChanges.map((c) => c.cookie.name).sort()).toEqual(
      ['', 'cafe', 'fine', 'latin', 'odd'].sort(),
    )
    expect(scriptWrites(entries)).toEqual([])
    expect(capture.store()).toHaveLength(5)
  })

  it('keeps a request Chromium failed as failed, though its error page then finishes', async () => {
    const { at, exchanges } = await replayed('malformed-set-cookie')
    const nul = at('/nul-line')
    expect(nul.state).toBe('failed')
    expect(nul.failure).toEqual({
      code: 'browserError',
      params: { errorText: 'net::ERR_INVALID_HTTP_RESPONSE' },
    })
    const dataImages = exchanges.filter((e) => e.url.startsWith('data:'))
    expect(dataImages.length).toBeGreaterThan(0)
    for (const image of dataImages) {
      expect(image.isAsset).toBe(true)
      expect(image.requestHeaders).toBeNull()
      expect(image.state).toBe('complete')
    }
  })
})

describe('traffic that is not a page', () => {
  it('keeps the favicon request, flags it as an asset, and credits its cookie to it', async () => {
    const { at } = await replayed('favicon')
    const favicon = at('/favicon.ico')
    expect(favicon.isAsset).toBe(true)
    expect(favicon.resourceType).toBe('Other')
    expect(at('/with-favicon').isAsset).toBe(false)
    expect(favicon.storeChanges.map((c) => [c.cookie.name, c.cause])).toEqual([
      ['fav', { by: 'response', entryId: favicon.id }],
    ])
  })

  it('keeps who started each request, as Sec-Fetch-Site and Sec-Fetch-User said it', async () => {
    const { at } = await replayed('favicon')
    // The recorder opened the page itself: the browser's own navigation, with a user's action.
    expect(at('/with-favicon')).toMatchObject({ fetchSite: 'none', fetchUser: true })
    // The page asked for its icon.
    expect(at('/favicon.ico').fetchSite).toBe('same-origin')
    expect(at('/favicon.ico')).not.toHaveProperty('fetchUser')
  })

  it('marks memory- and disk-cache responses as headers not observed, never invented', async () => {
    const { exchanges } = await replayed('memory-cache')
    const pixels = exchanges.filter((e) => e.url.endsWith('/pixel.gif'))
    expect(pixels.map((e) => e.resourceType)).toEqual(['Image', 'Image', 'Fetch'])
    const [network, memory, disk] = pixels as [Exchange, Exchange, Exchange]
    expect(network.responseHeaders).not.toBeNull()
    expect(network.setCookies.map((l) => l.outcome.status)).toEqual(['stored'])
    for (const cached of [memory, disk]) {
      expect(cached.state).toBe('complete')
      expect(cached.status).toBe(200)
      expect(cached.requestHeaders).toBeNull()
      expect(cached.responseHeaders).toBeNull()
      expect(cached.cookieHeader).toBeNull()
      expect(cached.setCookies).toEqual([])
    }
  })
})

describe('document.cookie', () => {
  it('appears as a script write on the page that did it', async () => {
    const { entries, at, origin } = await replayed('script-write')
    const [write, ...more] = scriptWrites(entries)
    expect(more).toEqual([])
    expect(write?.pageUrl).toBe(`${origin}/script-write`)
    expect(
      write?.storeChanges.map((c) => [c.type, c.cookie.name, c.cookie.value, c.cause]),
    ).toEqual([['added', 'theme', 'dark', { by: 'script' }]])
    expect(at('/script-write').storeChanges).toEqual([])
    expect(at('/get').cookieHeader).toBe('theme=dark')
  })
})

describe('hundreds of cookies', () => {
  it('keeps all 200 lines and credits every stored cookie to the response', async () => {
    const { at, capture, entries } = await replayed('many-cookies')
    const many = at('/many')
    expect(many.setCookies).toHaveLength(200)
    // Chromium keeps 180 a site and evicts down to 150 at once: the store shows what survived.
    const kept = capture.store().length
    expect(kept).toBeGreaterThan(140)
    expect(kept).toBeLessThan(200)
    // Chromium calls all 200 stored; the lines the store lost say so, with the likely cause.
    const stored = many.setCookies.filter((l) => l.outcome.status === 'stored')
    const lost = many.setCookies.filter((l) => l.outcome.status === 'notStored')
    expect(stored).toHaveLength(kept)
    expect(lost).toHaveLength(200 - kept)
    for (const line of lost) {
      expect(line.outcome).toEqual({
        status: 'notStored',
        inferred: { code: 'inferredCrowdedSite', params: { count: kept } },
      })
    }
    expect(many.storeChanges).toHaveLength(kept)
    expect(many.storeChanges.every((c) => c.cause.by === 'response')).toBe(true)
    expect(scriptWrites(entries)).toEqual([])
    expect(at('/get').considered).toHaveLength(kept)
    expect(at('/get').cookiePairs).toHaveLength(kept)
  })
})
