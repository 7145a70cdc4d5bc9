// CDP hands header bytes over as text, one byte per character, read as Windows-1252 (Latin-1
// but for 0x80-0x9F): a UTF-8 `crème` on the wire arrives as `crÃ¨me`, and a UTF-8 `—` (E2 80
// 94) as `â€”`, with 0x80 as `€` and 0x94 as `”`, while the cookie store reports the same cookie
// as `crème` and `—`. These helpers turn such text back into its bytes, so capture can show the
// raw line, read it as UTF-8 and still compare it with the store.

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf8Encoder = new TextEncoder()

/** The C0 controls except tab, and DEL: never legal in a header or a cookie. */
const isControl = (code: number) => (code < 0x20 && code !== 0x09) || code === 0x7f

export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return true
  return false
}

export function hasControl(text: string): boolean {
  return controlsIn(text).length > 0
}

/** The distinct control characters in the text, as codes, in order of appearance. */
export function controlsIn(text: string): number[] {
  const found: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (isControl(code) && !found.includes(code)) found.push(code)
  }
  return found
}

/**
 * The 27 bytes in 0x80-0x9F to which Windows-1252 gives characters beyond U+00FF, by character
 * (the other five decode to U+0081... as in Latin-1). Typed out because Node's own
 * `TextDecoder('windows-1252')` decodes as Latin-1 (measured on Node 20).
 */
const WINDOWS_1252_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
])

/** The bytes a byte-per-character string stands for; null when it holds other characters. */
function wireBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    const byte = code <= 0xff ? code : WINDOWS_1252_HIGH.get(code)
    if (byte === undefined) return null
    bytes[i] = byte
  }
  return bytes
}

/** Size on the wire of a header string: one byte per character (UTF-8 if wider ones occur). */
export function wireByteLength(text: string): number {
  return wireBytes(text)?.length ?? utf8ByteLength(text)
}

/** Size of real text (what a person typed) once sent as UTF-8. */
export function utf8ByteLength(text: string): number {
  return utf8Encoder.encode(text).length
}

/** The wire string read as UTF-8 when its bytes are valid UTF-8; otherwise null. */
function utf8Of(text: string): string | null {
  const bytes = wireBytes(text)
  if (!bytes) return null
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

/** The text a wire string stands for: its bytes as UTF-8 when valid, else unchanged. */
export function decodeWireText(text: string): string {
  if (!hasNonAscii(text)) return text
  return utf8Of(text) ?? text
}

/** Non-ASCII bytes that are not valid UTF-8 (Latin-1 from an old server, or broken). */
export function isBrokenUtf8(text: string): boolean {
  return hasNonAscii(text) && wireBytes(text) !== null && utf8Of(text) === null
}
