// A cookie value with its percent-escapes decoded, on request. Many sites store text as
// `%E2%9C%93`-style escapes (JavaScript's encodeURIComponent); a learner reads the decoded form
// more easily. The raw value stays what the store holds: decoding is only how it is shown.

export type DecodedValue =
  /** Nothing to decode: the value reads the same either way. */
  | { kind: 'plain' }
  | { kind: 'decoded'; text: string }
  /** A `%` that does not start a valid escape of UTF-8: shown raw, and said so. */
  | { kind: 'invalid' }

export function decodeCookieValue(value: string): DecodedValue {
  if (!value.includes('%')) return { kind: 'plain' }
  try {
    const text = decodeURIComponent(value)
    return text === value ? { kind: 'plain' } : { kind: 'decoded', text }
  } catch {
    // URIError: "%zz", a lone "%", or escapes that are not UTF-8 ("%E9" alone).
    return { kind: 'invalid' }
  }
}
