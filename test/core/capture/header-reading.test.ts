// The small readers under capture: Set-Cookie lines (as Werkzeug writes them), raw header
// text, Cookie header pairs, and the byte-per-character text CDP uses for headers.

import { describe, expect, it } from 'vitest'
import { cookiePairsOf } from '../../../src/core/capture/cookie-header'
import { headerLinesFromObject, parseHeadersText } from '../../../src/core/capture/header-lines'
import { readSetCookieLine, setCookieLinesOf } from '../../../src/core/capture/set-cookie-line'
import {
  decodeWireText,
  isBrokenUtf8,
  utf8ByteLength,
  wireByteLength,
} from '../../../src/core/capture/wire-text'

const stored = { status: 'stored' } as const

describe('Set-Cookie lines as Flask sends them', () => {
  it('reads a quoted value with a space as the browser stores it, quotes and all', () => {
    const line = readSetCookieLine('username="John Doe"; Path=/', stored)
    expect(line.parsed).toMatchObject({ name: 'username', value: '"John Doe"', path: '/' })
    expect(line.problems).toEqual([])
  })

  it('reads every attribute in Werkzeug’s order', () => {
    const raw =
      'k=v; Domain=shop.test; Expires=Thu, 26 Nov 2026 12:00:30 GMT; Max-Age=30; Secure; HttpOnly; Path=/x; SameSite=Lax'
    expect(readSetCookieLine(raw, stored).parsed).toEqual({
      name: 'k',
      value: 'v',
      domain: 'shop.test',
      path: '/x',
      expires: 'Thu, 26 Nov 2026 12:00:30 GMT',
      expiresAt: Date.UTC(2026, 10, 26, 12, 0, 30),
      maxAge: 30,
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      partitioned: false,
    })
  })

  it('keeps the raw Expires text it cannot read, and says so', () => {
    const line = readSetCookieLine('a=1; Expires=someday', stored)
    expect(line.parsed?.expires).toBe('someday')
    expect(line.parsed?.expiresAt).toBeUndefined()
    expect(line.problems).toEqual([{ code: 'expiresUnreadable', params: { expires: 'someday' } }])
  })

  it('has nothing to parse in an empty line or a lone "="', () => {
    expect(readSetCookieLine('', stored)).toMatchObject({
      parsed: null,
      problems: [{ code: 'lineEmpty' }],
    })
    expect(readSetCookieLine('=; Path=/', stored)).toMatchObject({
      parsed: null,
      problems: [{ code: 'emptyName' }, { code: 'noNameValuePair' }],
    })
  })

  it('joins the browser’s verdicts to their lines, and keeps a blocked line the headers lacked', () => {
    const lines = setCookieLinesOf(
      ['a=1', 'b=2', 'a=1'],
      [
        { cookieLine: 'a=1', reasons: ['SecureOnly'] },
        { cookieLine: 'ghost=1', reasons: ['InvalidDomain'] },
      ],
    )
    expect(lines.map((l) => [l.raw, l.outcome])).toEqual([
      ['a=1', { status: 'blocked', reasons: ['SecureOnly'] }],
      ['b=2', { status: 'stored' }],
      ['a=1', { status: 'stored' }],
      ['ghost=1', { status: 'blocked', reasons: ['InvalidDomain'] }],
    ])
    expect(setCookieLinesOf(['a=1'], null)[0]?.outcome).toEqual({ status: 'unknown' })
  })
})

describe('raw headers', () => {
  it('splits a value CDP joined with newlines into one line each', () => {
    expect(headerLinesFromObject({ 'Set-Cookie': 'a=1\nb=2', Host: 'x' })).toEqual([
      { name: 'Set-Cookie', value: 'a=1' },
      { name: 'Set-Cookie', value: 'b=2' },
      { name: 'Host', value: 'x' },
    ])
  })

  it('reads HTTP/1.1 header text in wire order, keeping a stray line', () => {
    const text = 'HTTP/1.1 302 Found\r\nLocation: /a\r\nSet-Cookie: s=1; Path=/\r\n junk\r\n\r\n'
    expect(parseHeadersText(text)).toEqual({
      statusText: 'Found',
      lines: [
        { name: 'Location', value: '/a' },
        { name: 'Set-Cookie', value: 's=1; Path=/' },
        { name: '', value: ' junk' },
      ],
    })
  })

  it('reads Cookie pairs as sent, a nameless cookie included', () => {
    expect(cookiePairsOf('a=1;  ; novalue; b = 2 ;c==3')).toEqual([
      { name: 'a', value: '1' },
      { name: '', value: 'novalue' },
      { name: 'b', value: '2' },
      { name: 'c', value: '=3' },
    ])
  })
})

describe('header bytes as CDP gives them', () => {
  it('reads UTF-8 bytes back as text, and leaves Latin-1 alone', () => {
    expect(decodeWireText('cr\u00c3\u00a8me')).toBe('crème')
    expect(decodeWireText('\u00e9t\u00e9')).toBe('\u00e9t\u00e9')
    expect(isBrokenUtf8('\u00e9t\u00e9')).toBe(true)
    expect(isBrokenUtf8('cr\u00c3\u00a8me')).toBe(false)
    expect(decodeWireText('plain')).toBe('plain')
  })

  it('reads back bytes 0x80-0x9F, which CDP gives as Windows-1252 characters (€ for 0x80)', () => {
    // héllo—日本 in UTF-8, as Chromium 156 reports a request's Cookie header (measured).
    const wire = 'h\u00c3\u00a9llo\u00e2\u20ac\u201d\u00e6\u2014\u00a5\u00e6\u0153\u00ac'
    expect(decodeWireText(wire)).toBe('héllo—日本')
    expect(cookiePairsOf(`w=${wire}`)).toEqual([{ name: 'w', value: 'héllo—日本' }])
    expect(wireByteLength(wire)).toBe(utf8ByteLength('héllo—日本'))
    // Text that is not byte-per-character (already decoded by some other browser) stays as it is.
    expect(decodeWireText('héllo—日本')).toBe('héllo—日本')
  })

  it('gives a header line its UTF-8 reading, and none when it is ASCII or not UTF-8', () => {
    const lines = headerLinesFromObject({
      Cookie: 'a=cr\u00c3\u00a8me',
      Accept: 'text/html',
      'X-Latin': '\u00e9t\u00e9',
    })
    expect(lines).toEqual([
      { name: 'Cookie', value: 'a=cr\u00c3\u00a8me', utf8: 'a=crème' },
      { name: 'Accept', value: 'text/html' },
      { name: 'X-Latin', value: '\u00e9t\u00e9' },
    ])
    expect(parseHeadersText('HTTP/1.1 200 OK\r\nSet-Cookie: a=cr\u00c3\u00a8me\r\n').lines).toEqual(
      [{ name: 'Set-Cookie', value: 'a=cr\u00c3\u00a8me', utf8: 'a=crème' }],
    )
  })

  it('counts bytes as they went over the wire', () => {
    expect(wireByteLength('cr\u00c3\u00a8me')).toBe(6)
    // '€' is how CDP gives the byte 0x80; a wider character is counted as UTF-8.
    expect(wireByteLength('€')).toBe(1)
    expect(wireByteLength('日')).toBe(3)
    expect(utf8ByteLength('crème')).toBe(6)
  })
})
