// Text that would break out of a header line is refused before it reaches one: CR or LF would let
// a request write its own response headers (response splitting), NUL truncates in many parsers.

import { html, type SafeHtml } from './html'

const NAMES: Record<string, string> = {
  '\r': 'a carriage return (CR)',
  '\n': 'a line feed (LF)',
  '\0': 'a NUL byte',
}

function breaksHeader(code: number, isName: boolean): boolean {
  if (code === 0x0d || code === 0x0a || code === 0x00) return true
  // Werkzeug quotes values, domains and paths but sends a cookie name as it is, and Node will not
  // put any other control character (tab aside) into a header.
  return isName && ((code < 0x20 && code !== 0x09) || code === 0x7f)
}

function describe(char: string): string {
  return (
    NAMES[char] ?? `the control character U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export const HEADER_BREAK_TITLE = 'That cannot go into a header'

/** Why `text` (the `label` field) cannot go into a header, or null when it can. */
export function headerBreakage(label: string, text: string, isName = false): SafeHtml | null {
  const chars = [...text]
  const index = chars.findIndex((char) => breaksHeader(char.charCodeAt(0), isName))
  if (index < 0) return null
  return html`<p>
      The <code>${label}</code> contains ${describe(chars[index] ?? '')} at position ${index + 1}.
    </p>
    <p>
      CR, LF and NUL can never go into an HTTP header: a server that let them through would let
      anyone who controls the text write headers of their own (response splitting).
    </p>`
}
