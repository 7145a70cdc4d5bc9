// CDP hands header bytes over as text, one byte per character (Latin-1): a UTF-8 `crème` on the
// wire arrives as `crÃ¨me`, while the cookie store reports the same cookie as `crème`. These
// helpers let capture show the raw line and still compare it with the store.

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

/** The bytes a byte-per-character string stands for; null when it holds wider characters. */
function wireBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code > 0xff) return null
    bytes[i] = code
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
