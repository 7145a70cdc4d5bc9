// One raw `Set-Cookie` line: its attributes as set-cookie-parser reads them, what is odd about it
// in plain words, and the browser's verdict (stored, or blocked and why) taken from the ExtraInfo
// `blockedCookies` whose `cookieLine` is that very line.

import { parseSetCookie } from 'set-cookie-parser'
import type { ParsedSetCookie, SetCookieLine, SetCookieOutcome } from '../../shared/domain'
import { controlsIn, decodeWireText, hasNonAscii, isBrokenUtf8, wireByteLength } from './wire-text'

/** What the browser said about a line it refused (CDP `BlockedSetCookieWithReason`). */
export interface BlockedLine {
  cookieLine: string
  reasons: string[]
}

/** RFC 6265bis and every browser: a cookie's name and value may hold 4096 bytes together. */
export const MAX_NAME_VALUE_BYTES = 4096
const SAME_SITE_VALUES = new Set(['strict', 'lax', 'none'])

/**
 * Every line of a response with its verdict. `blocked` is null when the raw headers were never
 * observed: then no verdict is known. A blocked line the headers did not show is kept too.
 */
export function setCookieLinesOf(
  rawLines: readonly string[],
  blocked: readonly BlockedLine[] | null,
): SetCookieLine[] {
  if (blocked === null) return rawLines.map((raw) => readSetCookieLine(raw, { status: 'unknown' }))
  const unmatched = [...blocked]
  const lines = rawLines.map((raw) => {
    const index = unmatched.findIndex((line) => line.cookieLine.trim() === raw.trim())
    if (index < 0) return readSetCookieLine(raw, { status: 'stored' })
    const [match] = unmatched.splice(index, 1)
    return readSetCookieLine(raw, { status: 'blocked', reasons: match?.reasons ?? [] })
  })
  for (const line of unmatched) {
    lines.push(readSetCookieLine(line.cookieLine, { status: 'blocked', reasons: line.reasons }))
  }
  return lines
}

export function readSetCookieLine(raw: string, outcome: SetCookieOutcome): SetCookieLine {
  const [cookie] = parseSetCookie(raw, { decodeValues: false, silent: true, split: false })
  const problems = problemsOf(raw)
  if (!cookie) {
    problems.push(
      raw.trim() === '' ? 'The line is empty.' : 'The line has no name=value pair to read.',
    )
    return { raw, parsed: null, problems, outcome }
  }
  const parsed: ParsedSetCookie = {
    name: decodeWireText(cookie.name),
    value: decodeWireText(cookie.value),
    secure: cookie.secure === true,
    httpOnly: cookie.httpOnly === true,
    sameSite: cookie.sameSite ?? null,
    partitioned: cookie.partitioned === true,
  }
  if (cookie.domain !== undefined) parsed.domain = cookie.domain
  if (cookie.path !== undefined) parsed.path = cookie.path
  const expires = lastAttribute(raw, 'expires')
  if (expires !== undefined) parsed.expires = expires
  if (cookie.expires) parsed.expiresAt = cookie.expires.getTime()
  if (cookie.maxAge !== undefined) parsed.maxAge = cookie.maxAge
  if (expires !== undefined && parsed.expiresAt === undefined) {
    problems.push(`Expires=${expires} is not a date the browser can read, so it is ignored.`)
  }
  if (parsed.sameSite !== null && !SAME_SITE_VALUES.has(parsed.sameSite.toLowerCase())) {
    problems.push(
      `SameSite=${parsed.sameSite} is not Strict, Lax or None, so the browser ignores it.`,
    )
  }
  return { raw, parsed, problems, outcome }
}

function problemsOf(raw: string): string[] {
  const problems: string[] = []
  const controls = controlsIn(raw)
  if (controls.includes(0x0d) || controls.includes(0x0a)) {
    problems.push('It contains a line break (CR or LF).')
  }
  if (controls.includes(0)) problems.push('It contains a NUL byte.')
  const others = controls.filter((code) => code !== 0x0d && code !== 0x0a && code !== 0)
  if (others.length > 0) {
    const codes = others.map((code) => `0x${code.toString(16).padStart(2, '0')}`).join(', ')
    problems.push(`It contains the control character ${codes}, which browsers refuse.`)
  }
  if (hasNonAscii(raw)) {
    problems.push(
      isBrokenUtf8(raw)
        ? 'It contains non-ASCII bytes that are not UTF-8: browsers keep them, but no two readers agree on the text.'
        : 'It contains non-ASCII characters (as UTF-8 bytes); cookies are meant to be ASCII.',
    )
  }
  const pair = raw.split(';', 1)[0] ?? ''
  const equals = pair.indexOf('=')
  if (equals < 0 && pair.trim() !== '') {
    problems.push('It has no "=", so the browser reads it as a value with an empty name.')
  } else if (equals >= 0 && pair.slice(0, equals).trim() === '') {
    problems.push('Its name is empty.')
  }
  const bytes =
    equals < 0
      ? wireByteLength(pair.trim())
      : wireByteLength(pair.slice(0, equals).trim()) + wireByteLength(pair.slice(equals + 1).trim())
  if (bytes > MAX_NAME_VALUE_BYTES) {
    problems.push(
      `Its name and value are ${bytes} bytes together, over the ${MAX_NAME_VALUE_BYTES} bytes browsers accept.`,
    )
  }
  return problems
}

/**
 * The raw text of the last attribute of that name. set-cookie-parser turns Expires into a Date
 * and drops it when unreadable; the learner should see what the server actually wrote.
 */
function lastAttribute(raw: string, name: string): string | undefined {
  let found: string | undefined
  for (const attribute of raw.split(';').slice(1)) {
    const equals = attribute.indexOf('=')
    const key = (equals < 0 ? attribute : attribute.slice(0, equals)).trim().toLowerCase()
    if (key === name) found = equals < 0 ? '' : attribute.slice(equals + 1).trim()
  }
  return found
}
