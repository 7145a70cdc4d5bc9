// Text that would break out of a header line is refused before it reaches one: CR or LF would let
// a request write its own response headers (response splitting), NUL truncates in many parsers.

import type { Locale } from '../../shared/messages/format-message'
import { html, type SafeHtml } from './html'
import type { Worded } from './http-error'
import { pageHtml, pageWords, wordedLater } from './page-text'

const NAMES = {
  '\r': 'page.header.cr',
  '\n': 'page.header.lf',
  '\0': 'page.header.nul',
} as const

function breaksHeader(code: number, isName: boolean): boolean {
  if (code === 0x0d || code === 0x0a || code === 0x00) return true
  // Werkzeug quotes values, domains and paths but sends a cookie name as it is, and Node will not
  // put any other control character (tab aside) into a header.
  return isName && ((code < 0x20 && code !== 0x09) || code === 0x7f)
}

function describe(char: string, locale: Locale): string {
  if (Object.hasOwn(NAMES, char))
    return pageWords(NAMES[char as keyof typeof NAMES], undefined, locale)
  const code = `U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`
  return pageWords('page.header.control', { code }, locale)
}

export const HEADER_BREAK_TITLE = wordedLater('page.header.title')

/** Why `text` (the `label` field) cannot go into a header, or null when it can. */
export function headerBreakage(
  label: string,
  text: string,
  isName = false,
): Worded<SafeHtml> | null {
  const chars = [...text]
  const index = chars.findIndex((char) => breaksHeader(char.charCodeAt(0), isName))
  if (index < 0) return null
  return (locale) =>
    html`<p>
        ${pageHtml(
          'page.header.contains',
          { label, what: describe(chars[index] ?? '', locale), position: index + 1 },
          locale,
        )}
      </p>
      <p>${pageHtml('page.header.why', undefined, locale)}</p>`
}
