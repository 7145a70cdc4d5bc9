import { describe, expect, it } from 'vitest'
import { cookieKeyOf } from '../../src/shared/domain'
import { focusedEntryId, spotlightTarget } from '../../src/renderer/src/lesson-focus'
import type { Spotlight } from '../../src/renderer/src/stores/spotlight-store'
import {
  makeCookie,
  makeExchange,
  makeScriptWrite,
  makeSetCookieLine,
  SERVER_URL,
} from './factories'

const get = (path: string, seq: number, extra: Parameters<typeof makeExchange>[0] = {}) =>
  makeExchange({ url: `${SERVER_URL}${path}`, seq, ...extra })

describe('focusedEntryId', () => {
  const entries = [
    get('/getcookie', 1),
    get('/setcookie', 2, { method: 'POST' }),
    get('/getcookie', 3),
    makeScriptWrite({ seq: 4 }),
    get('/getcookie?x=1', 5),
    get('/favicon.ico', 6, { isAsset: true }),
  ]

  it('means the newest matching exchange since the step began', () => {
    const spotlight: Spotlight = { focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 0 }
    // The query is not part of the path a focus names: /getcookie?x=1 is a /getcookie.
    expect(focusedEntryId(spotlight, entries)).toBe('x5')
  })

  it('ignores the exchanges before the step and says so when none is left', () => {
    expect(
      focusedEntryId({ focus: { kind: 'row', path: '/setcookie' }, sinceSeq: 2 }, entries),
    ).toBeNull()
    expect(
      focusedEntryId({ focus: { kind: 'row', path: '/setcookie' }, sinceSeq: 1 }, entries),
    ).toBe('x2')
  })

  it('matches the method and host when the focus gives them', () => {
    const onOtherHost = get('/getcookie', 7, { url: 'http://www.shop.test:5123/getcookie' })
    const all = [...entries, onOtherHost]
    const focus = { kind: 'row', path: '/getcookie', host: '127.0.0.1' } as const
    expect(focusedEntryId({ focus, sinceSeq: 0 }, all)).toBe('x5')
    expect(focusedEntryId({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 0 }, all)).toBe(
      'x7',
    )
    expect(
      focusedEntryId(
        { focus: { kind: 'row', path: '/setcookie', method: 'GET' }, sinceSeq: 0 },
        entries,
      ),
    ).toBeNull()
  })

  it('prefers the newest exchange the verdicts named, then falls back to the newest', () => {
    const focus = { kind: 'header', header: 'Cookie', path: '/getcookie' } as const
    expect(focusedEntryId({ focus, sinceSeq: 0, entryIds: ['x1', 'x3'] }, entries)).toBe('x3')
    // A hint that names no matching exchange (another check's row) changes nothing.
    expect(focusedEntryId({ focus, sinceSeq: 0, entryIds: ['x2'] }, entries)).toBe('x5')
    // A hint from before the step is not the step's.
    expect(focusedEntryId({ focus, sinceSeq: 3, entryIds: ['x1'] }, entries)).toBe('x5')
  })

  it('has no entry for a store focus', () => {
    expect(
      focusedEntryId({ focus: { kind: 'store', cookie: 'userID' }, sinceSeq: 0 }, entries),
    ).toBeNull()
  })
})

describe('spotlightTarget', () => {
  const setcookie = get('/setcookie', 10, {
    method: 'POST',
    setCookies: [makeSetCookieLine('userID=alice; Path=/', { name: 'userID', value: 'alice' })],
  })

  it('names the header of a header focus and the cookie of a cookie focus', () => {
    expect(
      spotlightTarget(
        {
          focus: { kind: 'header', header: 'Set-Cookie', path: '/setcookie', method: 'POST' },
          sinceSeq: 9,
        },
        [setcookie],
        [],
      ),
    ).toEqual({ on: 'exchange', entryId: 'x10', header: 'Set-Cookie', cookie: null })
    expect(
      spotlightTarget(
        { focus: { kind: 'cookie', cookie: 'userID', path: '/setcookie' }, sinceSeq: 9 },
        [setcookie],
        [],
      ),
    ).toEqual({ on: 'exchange', entryId: 'x10', header: null, cookie: 'userID' })
    expect(
      spotlightTarget({ focus: { kind: 'row', path: '/setcookie' }, sinceSeq: 9 }, [setcookie], []),
    ).toEqual({ on: 'exchange', entryId: 'x10', header: null, cookie: null })
  })

  it('is nothing yet while the step has not made its request', () => {
    const focus = { kind: 'cookie', cookie: 'userID', path: '/getcookie' } as const
    expect(spotlightTarget({ focus, sinceSeq: 10 }, [setcookie], [])).toEqual({
      on: 'nothing',
      focus,
    })
  })

  it('lights up every store row of the cookie, on the domain when the focus gives one', () => {
    const onRoot = makeCookie({ name: 'userID', domain: 'shop.test' })
    const onDocs = makeCookie({ name: 'userID', domain: 'shop.test', path: '/docs' })
    const onApi = makeCookie({ name: 'userID', domain: '.api.shop.test', hostOnly: false })
    const other = makeCookie({ name: 'theme', domain: 'shop.test' })
    const store = [onRoot, onDocs, onApi, other]
    const keys = (target: ReturnType<typeof spotlightTarget>) =>
      target.on === 'store' ? [...target.keys] : target

    expect(
      keys(spotlightTarget({ focus: { kind: 'store', cookie: 'userID' }, sinceSeq: 0 }, [], store)),
    ).toEqual([onRoot, onDocs, onApi].map(cookieKeyOf))
    // A Domain attribute's leading dot does not make another domain.
    expect(
      keys(
        spotlightTarget(
          { focus: { kind: 'store', cookie: 'userID', domain: 'api.shop.test' }, sinceSeq: 0 },
          [],
          store,
        ),
      ),
    ).toEqual([cookieKeyOf(onApi)])
    const focus = { kind: 'store', cookie: 'userID', domain: 'www.shop.test' } as const
    expect(spotlightTarget({ focus, sinceSeq: 0 }, [], store)).toEqual({ on: 'nothing', focus })
  })
})
