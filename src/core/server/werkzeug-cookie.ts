// Werkzeug 2.2's cookie format (werkzeug/http.py dump_cookie, werkzeug/_internal.py
// _cookie_quote, _cookie_unquote, _cookie_parse_impl), ported line for line so the tutorial
// server sends and reads cookies exactly as Flask 2.2 does. test/fixtures/flask/ holds what real
// Flask produced; the tests compare against it byte for byte.
//
// Header text here is a "binary" string: one char per byte (latin1), as Node hands header values
// over and as Werkzeug returns them (it decodes its UTF-8 bytes as latin1, PEP 3333).

import { domainToASCII } from 'node:url'
import type { CookiePair } from '../../shared/domain'
import type { SetCookieOptions } from '../../shared/flask-call'

const utf8 = new TextEncoder()
// Python decodes with errors='replace' and keeps a leading BOM; TextDecoder does the same
// maximal-subpart replacement once told not to eat the BOM.
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/** Bytes as a latin1 string, one char per byte. */
function toBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** Text as its UTF-8 bytes, one char per byte: the form Werkzeug's header strings take. */
export function utf8Binary(text: string): string {
  return toBinary(utf8.encode(text))
}

// A code point past U+00FF (a surrogate pair counts as one, as in a Python str).
const PAST_LATIN1 = /[^\p{ASCII}\u0080-\u00ff]/gu

function binaryBytes(text: string): Uint8Array {
  // Python encodes the header with ('latin1', 'replace'): anything past U+00FF becomes '?'.
  return Buffer.from(text.replace(PAST_LATIN1, '?'), 'latin1')
}

const LEGAL_COOKIE_CHARS = new Set(
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/=!#$%&'*+-.^_`|~:",
)

function quotedByte(code: number): string {
  const char = String.fromCharCode(code)
  if (char === ',') return '\\054'
  if (char === ';') return '\\073'
  if (char === '"') return '\\"'
  if (char === '\\') return '\\\\'
  if (code < 32 || code >= 127) return `\\${code.toString(8).padStart(3, '0')}`
  return char
}

/** _cookie_quote: legal bytes as they are, anything else escaped and the whole in quotes. */
export function cookieQuote(binary: string): string {
  let out = ''
  let allLegal = true
  for (const char of binary) {
    if (LEGAL_COOKIE_CHARS.has(char)) out += char
    else {
      allLegal = false
      out += quotedByte(char.charCodeAt(0))
    }
  }
  return allLegal ? out : `"${out}"`
}

const OCTAL = /\\[0-3][0-7][0-7]/g
// Python's `.` in a bytes pattern matches everything but \n.
const ESCAPED = /\\[^\n]/g

/**
 * _cookie_unquote: a quoted value loses its quotes and its escapes; anything else is kept.
 * Werkzeug searches for the next octal and the next other escape afresh at every step, which is
 * quadratic when one kind is rare; a search here is repeated only once the read passes its match.
 */
export function cookieUnquote(binary: string): string {
  if (binary.length < 2 || !binary.startsWith('"') || !binary.endsWith('"')) return binary
  const inner = binary.slice(1, -1)
  const nextOctal = forwardSearch(inner, OCTAL)
  const nextEscaped = forwardSearch(inner, ESCAPED)
  let i = 0
  let out = ''
  while (i < inner.length) {
    const octal = nextOctal(i)
    const escaped = nextEscaped(i)
    if (octal === -1 && escaped === -1) {
      out += inner.slice(i)
      break
    }
    if (escaped !== -1 && (octal === -1 || escaped < octal)) {
      out += inner.slice(i, escaped) + inner.charAt(escaped + 1)
      i = escaped + 2
    } else {
      out +=
        inner.slice(i, octal) + String.fromCharCode(parseInt(inner.slice(octal + 1, octal + 4), 8))
      i = octal + 4
    }
  }
  return out
}

/**
 * The index of the first match of a global `pattern` at or after `from`, or -1. The calls' `from`
 * must not decrease: a match still ahead is remembered, so the text is searched once in all.
 */
function forwardSearch(text: string, pattern: RegExp): (from: number) => number {
  const search = new RegExp(pattern.source, 'g')
  let found = -2
  return (from) => {
    if (found === -1 || found >= from) return found
    search.lastIndex = from
    found = search.exec(text)?.index ?? -1
    return found
  }
}

// _cookie_re, which _cookie_parse_impl searches for again and again from where the last match
// ended:
//
//   (?P<key>[^=;]*)  (?: \s*=\s* (?P<val> "(?:[^\\"]|\\.)*" | (?:.*?) ) )?  \s*;
//
// A backtracking engine runs it in quadratic time on hostile input (`a="` and 30,000 spaces took
// over a second), so the search is worked out here in one forward pass. Python's bytes-pattern
// \s is [ \t\n\r\f\v] and its `.` is anything but \n. What the regex finds from a position i:
//
// - The key runs greedily to the first `=` or `;` (at p). At a `;` the match is the key alone.
// - At a `=`, the value starts after the spaces that follow it (at q). A value in quotes is
//   tried first: it ends at the first quote not escaped by a backslash, and only counts when
//   nothing but spaces comes between it and a `;`.
// - Otherwise the value is lazy: it ends where only spaces are left before the next `;`, and it
//   must not hold a \n. When it would, no match starts anywhere up to p (every shorter key meets
//   the same `=`), so the search goes on from p + 1.
//
// test/core/server/werkzeug-cookie.test.ts holds this to the regex itself on many random headers.

const SEMICOLON = 0x3b
const EQUALS = 0x3d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a

/** Python's bytes \s: space, \t, \n, \v, \f, \r. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}

function skipSpaces(text: string, from: number): number {
  let i = from
  while (isSpace(text.charCodeAt(i))) i++
  return i
}

/** bytes.strip(), without a regex: `\s+$` is quadratic on a long run of inner spaces. */
function pyStrip(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

/** Where `"(?:[^\\"]|\\.)*"` opened at `open` closes, or -1 when it never does. */
function closingQuote(text: string, open: number): number {
  let i = open + 1
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) return i
    if (code === BACKSLASH) {
      // A backslash escapes any byte but \n; before a \n the quoted form cannot go on.
      if (text.charCodeAt(i + 1) === NEWLINE) return -1
      i += 2
    } else i++
  }
  return -1
}

/**
 * werkzeug.http.parse_cookie: every pair of a `Cookie` header, in order, duplicates kept.
 * Messy input (empty pairs, stray `;`, unterminated quotes, broken UTF-8) never throws. Linear
 * in the header's length.
 */
export function parseCookieHeader(header: string | null | undefined): CookiePair[] {
  const bytes = (header ?? '').replace(PAST_LATIN1, '?')
  const text = `${bytes};`
  // q only grows from one search to the next, so these forward searches read the text once.
  const nextSemicolon = forwardSearch(text, /;/g)
  const nextNewline = forwardSearch(text, /\n/g)
  // Where the run of spaces before that `;` starts: found once per `;`, not once per search.
  const spacesBefore = { semicolon: -1, start: -1 }
  const pairs: CookiePair[] = []
  const emit = (key: string, value: string) => {
    const name = pyStrip(key)
    if (name) pairs.push({ name: decodeUtf8(name), value: decodeUtf8(cookieUnquote(value)) })
  }
  let i = 0
  while (i < bytes.length) {
    let p = i
    while (text.charCodeAt(p) !== EQUALS && text.charCodeAt(p) !== SEMICOLON) p++
    if (text.charCodeAt(p) === SEMICOLON) {
      emit(text.slice(i, p), '')
      i = p + 1
      continue
    }
    const q = skipSpaces(text, p + 1)
    if (text.charCodeAt(q) === QUOTE) {
      const close = closingQuote(text, q)
      const end = close === -1 ? -1 : skipSpaces(text, close + 1)
      if (end !== -1 && text.charCodeAt(end) === SEMICOLON) {
        emit(text.slice(i, p), text.slice(q, close + 1))
        i = end + 1
        continue
      }
    }
    const semicolon = nextSemicolon(q)
    if (semicolon !== spacesBefore.semicolon) {
      spacesBefore.semicolon = semicolon
      spacesBefore.start = semicolon
      while (isSpace(text.charCodeAt(spacesBefore.start - 1))) spacesBefore.start--
    }
    const valueEnd = Math.max(q, spacesBefore.start)
    const newline = nextNewline(q)
    if (newline !== -1 && newline < valueEnd) {
      i = p + 1
      continue
    }
    emit(text.slice(i, p), text.slice(q, valueEnd))
    i = semicolon + 1
  }
  return pairs
}

const ASCII_ONLY = /^\p{ASCII}*$/u

function decodeUtf8(binary: string): string {
  // ASCII reads the same in UTF-8; most cookies are ASCII, and a decoder call per pair dominates
  // the time of a header of thousands of tiny pairs.
  return ASCII_ONLY.test(binary) ? binary : utf8Lenient.decode(binaryBytes(binary))
}

/** `request.cookies.get(name)`: the first value sent under that name. */
export function firstCookie(pairs: readonly CookiePair[], name: string): string | undefined {
  return pairs.find((pair) => pair.name === name)?.value
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** The instants Python's datetime can hold (years 1 to 9999), in Unix seconds. */
export const HTTP_DATE_MIN = -62135596800
export const HTTP_DATE_MAX = 253402300799

/**
 * werkzeug.http.http_date for a Unix timestamp: IMF-fixdate. Python first rounds the timestamp
 * to whole microseconds, then drops the fraction.
 */
export function httpDate(unixSeconds: number): string {
  const seconds = Math.floor(Math.round(unixSeconds * 1e6) / 1e6)
  if (!Number.isFinite(seconds) || seconds < HTTP_DATE_MIN || seconds > HTTP_DATE_MAX) {
    throw new RangeError(`${unixSeconds} is outside the dates Python can write (years 1 to 9999)`)
  }
  const date = new Date(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${pad(date.getUTCFullYear(), 4)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:` +
    `${pad(date.getUTCSeconds())} GMT`
  )
}

/** Why Werkzeug itself refuses a set_cookie call (Flask would answer 500). */
export class WerkzeugCookieError extends Error {
  override name = 'WerkzeugCookieError'
}

const NON_ASCII = /[^\p{ASCII}]/u

/** _encode_idna, label by label as Werkzeug does it: ASCII labels kept as they are. */
function encodeIdna(domain: string): string {
  if (!NON_ASCII.test(domain)) return domain
  return domain
    .split('.')
    .map((label) => {
      if (label === '') return ''
      const ascii = NON_ASCII.test(label) ? domainToASCII(label) : label
      if (ascii === '' || ascii.length >= 64 || ascii.includes('.')) {
        throw new WerkzeugCookieError(`the domain label '${label}' cannot be written in IDNA`)
      }
      return ascii
    })
    .join('.')
}

/**
 * _make_cookie_domain: IDNA, port dropped, and a dot required. Werkzeug 2.2 keeps a leading dot
 * (`Domain=.shop.test`); only 2.3+ drops it. Browsers ignore the dot either way (RFC 6265).
 */
export function cookieDomain(domain: string): string {
  let ascii = encodeIdna(domain)
  if (ascii.includes(':')) ascii = ascii.slice(0, ascii.indexOf(':'))
  if (ascii.includes('.')) return ascii
  throw new WerkzeugCookieError(
    `Werkzeug refuses domain '${domain}': a domain without a dot (like localhost) cannot carry ` +
      'cookies in complying browsers',
  )
}

// werkzeug.urls: _always_safe plus _to_uri_safe, the bytes iri_to_uri leaves unescaped.
const URI_SAFE = new Set(
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;:/?#[]@&=%",
)
const SCHEME = /^[a-zA-Z0-9+-.]+$/

function uriQuote(text: string): string {
  let out = ''
  for (const byte of utf8.encode(text)) {
    const char = String.fromCharCode(byte)
    out += URI_SAFE.has(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * iri_to_uri as dump_cookie applies it to `path`: url_parse, quote each part, url_unparse.
 * A path that parses with a host (`//host/...`) is refused: Werkzeug would rewrite the host.
 */
function cookiePath(path: string): string {
  let scheme = ''
  let rest = path
  const colon = path.indexOf(':')
  if (colon > 0 && SCHEME.test(path.slice(0, colon))) {
    const after = path.slice(colon + 1)
    if (!after || !/^[0-9]+$/.test(after)) {
      scheme = path.slice(0, colon).toLowerCase()
      rest = after
    }
  }
  if (rest.startsWith('//')) {
    throw new WerkzeugCookieError(`a cookie path starting with // names a host: ${path}`)
  }
  let fragment = ''
  let query = ''
  const hash = rest.indexOf('#')
  if (hash >= 0) {
    fragment = rest.slice(hash + 1)
    rest = rest.slice(0, hash)
  }
  const question = rest.indexOf('?')
  if (question >= 0) {
    query = rest.slice(question + 1)
    rest = rest.slice(0, question)
  }
  let url = ''
  const quotedPath = uriQuote(rest)
  if (scheme && quotedPath.startsWith('/')) url = `//${quotedPath}`
  else url = quotedPath
  if (scheme) url = `${scheme}:${url}`
  if (query) url += `?${uriQuote(query)}`
  if (fragment) url += `#${uriQuote(fragment)}`
  return url
}

/** str.title() for the three SameSite words: a letter after a cased letter is lower-cased. */
function pythonTitle(text: string): string {
  let out = ''
  let previousCased = false
  for (const char of text) {
    out += previousCased ? char.toLowerCase() : char.toUpperCase()
    previousCased = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(char)
  }
  return out
}

export const SAME_SITE_VALUES = ['Strict', 'Lax', 'None'] as const

/**
 * werkzeug.http.dump_cookie (2.2): the `Set-Cookie` value Flask's `resp.set_cookie(key, value,
 * **options)` sends, as a binary string. `nowMs` is the clock for `Expires` when only `max_age`
 * is given. Throws WerkzeugCookieError where Werkzeug raises, RangeError for dates Python cannot
 * write.
 */
export function dumpCookie(
  key: string,
  value = '',
  options: SetCookieOptions = {},
  nowMs: number = Date.now(),
): string {
  const path = options.path === undefined ? '/' : options.path
  const domain = options.domain == null ? null : cookieDomain(options.domain)
  const maxAge = options.max_age ?? null
  let expires: string | null = null
  if (options.expires != null) expires = httpDate(options.expires)
  else if (maxAge !== null) expires = httpDate(nowMs / 1000 + maxAge)
  let sameSite: string | null = null
  if (options.samesite != null) {
    sameSite = pythonTitle(options.samesite)
    if (!(SAME_SITE_VALUES as readonly string[]).includes(sameSite)) {
      throw new WerkzeugCookieError("SameSite must be 'Strict', 'Lax', or 'None'.")
    }
  }

  const parts = [`${utf8Binary(key)}=${cookieQuote(utf8Binary(value))}`]
  if (domain !== null) parts.push(`Domain=${cookieQuote(domain)}`)
  if (expires !== null) parts.push(`Expires=${expires}`)
  if (maxAge !== null) parts.push(`Max-Age=${maxAge}`)
  if (options.secure) parts.push('Secure')
  if (options.httponly) parts.push('HttpOnly')
  if (path !== null) parts.push(`Path=${utf8Binary(cookiePath(path))}`)
  if (sameSite !== null) parts.push(`SameSite=${sameSite}`)
  // Last, where the Werkzeug versions that know the attribute write it.
  if (options.partitioned) parts.push('Partitioned')
  return parts.join('; ')
}

/** A binary header string read back as text, for showing it on a page. */
export function binaryToText(binary: string): string {
  return decodeUtf8(binary)
}
