// How much of one long string capture keeps. A page can ask for a 2 MB URL or send megabytes of
// header values; capture reads every fact it needs from the whole text first (cookie pairs, a
// Set-Cookie line's attributes and problems), then keeps only the start, with the number of
// bytes it cut, so the UI can say so.

import type { HeaderLine, SetCookieLine } from '../../shared/domain'
import { wireByteLength } from './wire-text'

/** Beyond any real cookie line (4096 bytes of name and value, plus attributes) or tutorial URL. */
export const MAX_KEPT_BYTES = 8 * 1024

export interface KeptText {
  text: string
  /** 0 when the whole text was kept. */
  cutBytes: number
}

/** The start of TEXT, at most MAX bytes of wire text, and how many bytes were cut. */
export function keptText(text: string, max = MAX_KEPT_BYTES): KeptText {
  if (text.length <= max) return { text, cutBytes: 0 }
  const kept = text.slice(0, max)
  return { text: ownCopy(kept), cutBytes: wireByteLength(text) - wireByteLength(kept) }
}

/** Header lines whose long values are cut, each marked with the bytes it lost. */
export function keptHeaderLines(lines: HeaderLine[]): HeaderLine[] {
  // The common case, every line short, allocates nothing.
  if (lines.every((line) => line.name.length + line.value.length <= MAX_KEPT_BYTES)) return lines
  return lines.map((line) => {
    const value = keptText(line.value)
    const name = keptText(line.name)
    if (value.cutBytes === 0 && name.cutBytes === 0) return line
    return { name: name.text, value: value.text, cutBytes: value.cutBytes + name.cutBytes }
  })
}

/** Bytes a header block holds in memory, for the budget (one byte per character, as on the wire). */
export function headerBytes(lines: readonly HeaderLine[]): number {
  let bytes = 0
  for (const line of lines) bytes += line.name.length + line.value.length + (line.utf8?.length ?? 0)
  return bytes
}

/**
 * V8 may make a slice of a long string a view into it, which keeps the whole string alive: a
 * round trip through JSON makes a string of its own.
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}

/** A Set-Cookie line read whole (problems, verdict), then kept as its start when it is long. */
export function keptSetCookieLine(line: SetCookieLine): SetCookieLine {
  if (line.raw.length <= MAX_KEPT_BYTES) return line
  const raw = keptText(line.raw)
  if (raw.cutBytes === 0) return line
  const kept: SetCookieLine = { ...line, raw: raw.text, cutBytes: raw.cutBytes }
  if (line.parsed) {
    // Name and value are shown, never compared with the store: a line this long was blocked.
    const name = keptText(line.parsed.name)
    const value = keptText(line.parsed.value)
    kept.parsed = { ...line.parsed, name: name.text, value: value.text }
  }
  return kept
}
