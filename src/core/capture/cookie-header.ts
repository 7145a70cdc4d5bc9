// The pairs of a `Cookie` request header as the browser sent them. Unlike the tutorial server's
// reading (Werkzeug's, which unquotes values and skips nameless pairs), capture shows exactly what
// went out: a nameless cookie (`novalue`) is a pair with an empty name, quotes stay.

import type { CookiePair } from '../../shared/domain'
import { decodeWireText } from './wire-text'

export function cookiePairsOf(header: string): CookiePair[] {
  const pairs: CookiePair[] = []
  for (const part of header.split(';')) {
    const pair = part.trim()
    if (pair === '') continue
    const equals = pair.indexOf('=')
    pairs.push(
      equals < 0
        ? { name: '', value: decodeWireText(pair) }
        : {
            name: decodeWireText(pair.slice(0, equals).trim()),
            value: decodeWireText(pair.slice(equals + 1).trim()),
          },
    )
  }
  return pairs
}
