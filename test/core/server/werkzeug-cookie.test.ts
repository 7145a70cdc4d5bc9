import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SetCookieOptions } from '../../../src/shared/flask-call'
import { flaskSetCookieCall } from '../../../src/shared/flask-call'
import {
  binaryToText,
  dumpCookie,
  firstCookie,
  httpDate,
  parseCookieHeader,
} from '../../../src/core/server/werkzeug-cookie'

interface SetCookieCase {
  key: string
  value: string
  options: SetCookieOptions
  call: string
  header?: string
  error?: string
}

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/flask/${name}`, import.meta.url), 'utf8'))
}

const setCookie = fixture<{ werkzeug: string; nowMs: number; cases: SetCookieCase[] }>(
  'set-cookie.json',
)
const parseCookie = fixture<{ cases: { header: string; pairs: [string, string][] }[] }>(
  'parse-cookie.json',
)

describe('dumpCookie matches Werkzeug 2.2 byte for byte', () => {
  it('was recorded from Werkzeug 2.2', () => {
    expect(setCookie.werkzeug).toMatch(/^2\.2\./)
    expect(setCookie.cases.length).toBeGreaterThan(80)
  })

  for (const c of setCookie.cases) {
    it(c.call.slice(0, 160), () => {
      const run = () => dumpCookie(c.key, c.value, c.options, setCookie.nowMs)
      if (c.error !== undefined) expect(run).toThrow()
      else expect(run()).toBe(c.header)
    })
  }
})

describe('flaskSetCookieCall writes the call as Python repr() does', () => {
  for (const c of setCookie.cases) {
    it(c.call.slice(0, 160), () => {
      expect(flaskSetCookieCall({ key: c.key, value: c.value, ...c.options })).toBe(c.call)
    })
  }
})

describe('parseCookieHeader matches werkzeug.http.parse_cookie', () => {
  for (const c of parseCookie.cases) {
    it(JSON.stringify(c.header).slice(0, 120), () => {
      expect(parseCookieHeader(c.header).map((p) => [p.name, p.value])).toEqual(c.pairs)
    })
  }

  it('reads an absent header as no cookies', () => {
    expect(parseCookieHeader(undefined)).toEqual([])
    expect(parseCookieHeader(null)).toEqual([])
  })

  it('gives the first value of a repeated name, as request.cookies.get does', () => {
    const pairs = parseCookieHeader('a=1; b=2; a=3')
    expect(firstCookie(pairs, 'a')).toBe('1')
    expect(firstCookie(pairs, 'c')).toBeUndefined()
  })
})

describe('what was set reads back the same', () => {
  const awkward = [
    'semi;colon',
    'quote"in',
    'back\\slash',
    'a\\073b',
    'John Doe',
    '  spaced  ',
    'é日本😀',
    'tab\tand\u0001control',
    '{"json": [1, 2]}',
    '',
    'x'.repeat(4096),
    'é'.repeat(2000),
  ]
  for (const value of awkward) {
    it(JSON.stringify(value).slice(0, 40), () => {
      const line = dumpCookie('k', value, {}, 0)
      const pair = line.slice(0, line.indexOf('; Path=/'))
      expect(parseCookieHeader(`other=1; ${pair}; last=2`)).toEqual([
        { name: 'other', value: '1' },
        { name: 'k', value },
        { name: 'last', value: '2' },
      ])
    })
  }

  it('reads a non-ASCII name back as text', () => {
    const line = dumpCookie('clé', 'v', { path: null })
    expect(binaryToText(line)).toBe('clé=v')
    expect(parseCookieHeader(line)).toEqual([{ name: 'clé', value: 'v' }])
  })
})

describe('httpDate', () => {
  it('writes IMF-fixdate with a four-digit year', () => {
    expect(httpDate(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT')
    expect(httpDate(-62135596800)).toBe('Mon, 01 Jan 0001 00:00:00 GMT')
  })

  it('refuses what Python cannot write', () => {
    expect(() => httpDate(253402300800)).toThrow(RangeError)
    expect(() => httpDate(Number.NaN)).toThrow(RangeError)
  })
})
