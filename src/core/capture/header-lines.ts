// Raw headers as the ExtraInfo events carry them: a `headers` object whose repeated headers are
// joined with `\n` (several `Set-Cookie` lines become one value), and for HTTP/1.x responses the
// `headersText` exactly as received, with its order and case.

import type { HeaderLine } from '../../shared/domain'
import { decodeWireText, hasNonAscii } from './wire-text'

/** A header line, with its UTF-8 reading when its bytes are UTF-8 beyond ASCII. */
function headerLine(name: string, value: string): HeaderLine {
  if (!hasNonAscii(value)) return { name, value }
  const utf8 = decodeWireText(value)
  return utf8 === value ? { name, value } : { name, value, utf8 }
}

/** One line per header value; a value CDP joined with `\n` becomes one line per part. */
export function headerLinesFromObject(headers: Readonly<Record<string, unknown>>): HeaderLine[] {
  const lines: HeaderLine[] = []
  for (const [name, value] of Object.entries(headers)) {
    const text = typeof value === 'string' ? value : String(value)
    for (const part of text.split('\n')) lines.push(headerLine(name, part))
  }
  return lines
}

/** The status line's reason phrase and the header lines of an HTTP/1.x `headersText`. */
export function parseHeadersText(text: string): { statusText: string | null; lines: HeaderLine[] } {
  const rows = text.split(/\r?\n/)
  const status = /^HTTP\/\S+\s+\d{3}\s?(.*)$/.exec(rows[0] ?? '')
  const lines: HeaderLine[] = []
  for (const row of status ? rows.slice(1) : rows) {
    if (row === '') continue
    const colon = row.indexOf(':')
    // A line without a colon is an obsolete continuation or junk: keep it under an empty name
    // rather than losing it.
    if (colon <= 0) lines.push(headerLine('', row))
    else lines.push(headerLine(row.slice(0, colon), row.slice(colon + 1).trim()))
  }
  return { statusText: status ? (status[1] ?? '') : null, lines }
}

export function headerValues(lines: readonly HeaderLine[], name: string): string[] {
  const wanted = name.toLowerCase()
  return lines.filter((line) => line.name.toLowerCase() === wanted).map((line) => line.value)
}
