// application/x-www-form-urlencoded, as both query strings and form bodies carry it. Strict on
// purpose: URLSearchParams silently keeps a broken `%zz`, but the server must answer 400 to a
// request it cannot read rather than guess.

import { html } from './html'
import { HttpError } from './http-error'
import { pageHtml, wordedLater } from './page-text'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Percent-decoding of one component of a binary string (one char per byte, as Node hands over
 * the request line). Throws HttpError 400 on a bad escape or bytes that are not UTF-8.
 */
export function percentDecode(text: string, plusIsSpace: boolean): string {
  const source = plusIsSpace ? text.replace(/\+/g, ' ') : text
  if (/^[\x20-\x7e]*$/.test(source) && !source.includes('%')) return source
  const bytes: number[] = []
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i)
    if (char === '%') {
      const hex = source.slice(i + 1, i + 3)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw badEncoding(text)
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(char.charCodeAt(0) & 0xff)
    }
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes))
  } catch {
    throw badEncoding(text)
  }
}

function badEncoding(text: string): HttpError {
  return new HttpError(
    400,
    wordedLater('page.refusal.badEncodingTitle'),
    (locale) =>
      html`<p>${pageHtml('page.refusal.badEncoding', { text: text.slice(0, 200) }, locale)}</p>
        <p>${pageHtml('page.refusal.encodingRule', undefined, locale)}</p>`,
  )
}

/** Fields by name; a repeated name keeps its first value, as Flask's `form['x']` reads it. */
export function parseUrlEncoded(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const part of text.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const name = percentDecode(eq < 0 ? part : part.slice(0, eq), true)
    const value = eq < 0 ? '' : percentDecode(part.slice(eq + 1), true)
    if (!fields.has(name)) fields.set(name, value)
  }
  return fields
}
