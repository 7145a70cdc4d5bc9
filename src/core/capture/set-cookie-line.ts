// One raw `Set-Cookie` line: its attributes as set-cookie-parser reads them, what is odd about it
// (as codes the UI puts into words), and the browser's verdict (stored, or blocked and why) taken from the ExtraInfo
// `blockedCookies` whose `cookieLine` is that very line.

import { parseSetCookie } from 'set-cookie-parser'
import {
  MAX_NAME_VALUE_BYTES,
  type ParsedSetCookie,
  type SetCookieLine,
  type SetCookieOutcome,
} from '../../shared/domain'
import type { SetCookieProblem } from '../../shared/messages/facts'
import { controlsIn, decodeWireText, hasNonAscii, isBrokenUtf8, wireByteLength } from './wire-text'

/** What the browser said about a line it refused (CDP `BlockedSetCookieWithReason`). */
export interface BlockedLine {
  cookieLine: string
  reasons: string[]
}

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
    problems.push({ code: raw.trim() === '' ? 'lineEmpty' : 'noNameValuePair' })
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
    problems.push({ code: 'expiresUnreadable', params: { expires } })
  }
  if (parsed.sameSite !== null && !SAME_SITE_VALUES.has(parsed.sameSite.toLowerCase())) {
    problems.push({ code: 'sameSiteUnknown', params: { sameSite: parsed.sameSite } })
  }
  return { raw, parsed, problems, outcome }
}

function problemsOf(raw: string): SetCookieProblem[] {
  const problems: SetCookieProblem[] = []
  const controls = controlsIn(raw)
  if (controls.includes(0x0d) || controls.includes(0x0a)) {
    problems.push({ code: 'lineBreak' })
  }
  if (controls.includes(0)) problems.push({ code: 'nulByte' })
  const others = controls.filter((code) => code !== 0x0d && code !== 0x0a && code !== 0)
  if (others.length > 0) {
    const codes = others.map((code) => `0x${code.toString(16).padStart(2, '0')}`).join(', ')
    problems.push({ code: 'controlCharacters', params: { codes, count: others.length } })
  }
  if (hasNonAscii(raw)) {
    problems.push({ code: isBrokenUtf8(raw) ? 'nonAsciiNotUtf8' : 'nonAsciiUtf8' })
  }
  const pair = raw.split(';', 1)[0] ?? ''
  const equals = pair.indexOf('=')
  if (equals < 0 && pair.trim() !== '') {
    problems.push({ code: 'noEquals' })
  } else if (equals >= 0 && pair.slice(0, equals).trim() === '') {
    problems.push({ code: 'emptyName' })
  }
  const bytes =
    equals < 0
      ? wireByteLength(pair.trim())
      : wireByteLength(pair.slice(0, equals).trim()) + wireByteLength(pair.slice(equals + 1).trim())
  if (bytes > MAX_NAME_VALUE_BYTES) {
    problems.push({ code: 'nameValueTooLong', params: { bytes, max: MAX_NAME_VALUE_BYTES } })
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
