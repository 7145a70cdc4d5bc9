import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SetCookieOptions } from '../../../src/shared/flask-call'
import { flaskSetCookieCall } from '../../../src/shared/flask-call'
import {
  binaryToText,
  cookieUnquote,
  dumpCookie,
  firstCookie,
  httpDate,
  parseCookieHeader,
} from '../../../src/core/server/werkzeug-cookie'
import { seededRandom } from '../seeded-random'

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

// _cookie_re as Werkzeug 2.2 writes it (Python's bytes \s and `.` spelled out), searched as
// _cookie_parse_impl searches it. The parser must find what it finds, in linear time; the
// regex is only the oracle, on headers short enough that its backtracking costs nothing.
const PY_SPACE = '[ \\t\\n\\r\\f\\v]'
const WERKZEUG_COOKIE_RE = new RegExp(
  `(?<key>[^=;]*)(?:${PY_SPACE}*=${PY_SPACE}*(?<val>"(?:[^\\\\"]|\\\\[^\\n])*"|(?:[^\\n]*?)))?${PY_SPACE}*;`,
  'g',
)

function werkzeugRegexPairs(header: string): [string, string][] {
  const text = `${header};`
  const pairs: [string, string][] = []
  let i = 0
  while (i < header.length) {
    WERKZEUG_COOKIE_RE.lastIndex = i
    const match = WERKZEUG_COOKIE_RE.exec(text)
    if (!match) break
    i = WERKZEUG_COOKIE_RE.lastIndex
    const key = (match.groups?.key ?? '').replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '')
    if (key) pairs.push([key, cookieUnquote(match.groups?.val ?? '')])
  }
  return pairs
}

describe('parseCookieHeader finds what _cookie_re finds, in linear time', () => {
  it('agrees with the regex on 10,000 random headers of its special bytes', () => {
    const next = seededRandom(6)
    const alphabet = ['a', 'b', ' ', '\t', '\n', '\v', '=', ';', '"', '\\', ',', '0', '7']
    for (let n = 0; n < 10_000; n++) {
      let header = ''
      const length = Math.floor(next() * 18)
      for (let c = 0; c < length; c++) header += alphabet[Math.floor(next() * alphabet.length)]
      const pairs = parseCookieHeader(header).map((pair) => [pair.name, pair.value])
      expect(pairs, JSON.stringify(header)).toEqual(werkzeugRegexPairs(header))
    }
  })

  // Each of these took the regex port seconds at this size (quadratic backtracking, a quadratic
  // strip, a quadratic unquote); the bound is a hundred times what the linear parser needs on a
  // loaded machine and a tenth of what the old code took.
  const hostile: [string, string][] = [
    ['an unterminated quote before a long run of spaces', `a="${' '.repeat(60_000)}x`],
    ['a long run of spaces inside a name', `a${' '.repeat(60_000)}b=1`],
    ['thousands of escapes without one octal escape', `a="${'\\x'.repeat(30_000)}"`],
    ['a long value with spaces before a newline', `a=x${' '.repeat(60_000)}\ny`],
    [
      'many newline-broken values before a long run of spaces',
      `${'=x\n'.repeat(10_000)}${' '.repeat(30_000)}`,
    ],
  ]
  for (const [what, header] of hostile) {
    it(`parses ${what} (${header.length} bytes) in well under a second`, () => {
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        parseCookieHeader(header)
        best = Math.min(best, performance.now() - start)
      }
      expect(best).toBeLessThan(250)
    })
  }
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
