// What the pane may show, and what a learner's address-bar text means. The Electron shell, the
// test harness and the lessons all resolve targets here, so "only http and https" holds in one
// place and the address bar behaves the same everywhere.

import { CodedError } from '../shared/coded-error'
import type { PaneTargetRefusal } from '../shared/messages/facts'

const PANE_PROTOCOLS = new Set(['http:', 'https:'])

/** True for an absolute http: or https: URL; everything else (javascript:, file:, data:...) no. */
export function isAllowedPaneUrl(url: string): boolean {
  try {
    return PANE_PROTOCOLS.has(new URL(url).protocol)
  } catch {
    return false
  }
}

/** The address bar's text cannot be opened; the fact says what to type instead. */
export class PaneTargetError extends CodedError<PaneTargetRefusal> {
  override name = 'PaneTargetError'
}

// `scheme:` at the start. `localhost:5000` also matches, so a host with a port is told apart below.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
// A host a learner types without a scheme: `localhost`, an IPv4 address, or a dotted name
// (`www.shop.test`), with an optional port and path.
const BARE_HOST =
  /^(localhost|\d{1,3}(\.\d{1,3}){3}|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d{1,5})?([/?#]|$)/i

/**
 * Turns what a learner typed into the URL the pane should load, or throws a PaneTargetError that
 * says what to type instead.
 *
 * - `/getcookie` (a path) is a page of the tutorial server at `serverUrl`.
 * - `http://…` and `https://…` are kept as they are.
 * - `www.shop.test:5123/x` or `localhost:5000` (a host, no scheme) gets `http://`; a `*.test`
 *   host without a port gets the tutorial server's port, since `*.test` names map to it.
 * - `javascript:`, `file:`, `data:` and anything else are refused.
 */
export function resolvePaneTarget(input: string, serverUrl: string): string {
  const text = input.trim()
  if (text === '') throw new PaneTargetError({ code: 'targetEmpty' })
  if (/\s/.test(text)) {
    throw new PaneTargetError({ code: 'targetHasSpaces', params: { typed: text } })
  }
  if (text.startsWith('/')) return paneUrl(text, text, serverUrl).toString()

  const hostMatch = BARE_HOST.exec(text)
  if (hostMatch) {
    const url = paneUrl(`http://${text}`, text)
    if (!hostMatch[4] && url.hostname.endsWith('.test')) url.port = new URL(serverUrl).port
    return url.toString()
  }

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme === 'http' || scheme === 'https') return paneUrl(text, text).toString()
  if (scheme) throw new PaneTargetError({ code: 'targetSchemeNotAllowed', params: { scheme } })
  throw new PaneTargetError({ code: 'targetNeitherPathNorUrl', params: { typed: text } })
}

function paneUrl(candidate: string, typed: string, base?: string): URL {
  const refusal = () => new PaneTargetError({ code: 'targetNotOpenable', params: { typed } })
  let url: URL
  try {
    url = new URL(candidate, base)
  } catch {
    throw refusal()
  }
  if (!PANE_PROTOCOLS.has(url.protocol) || url.hostname === '') throw refusal()
  return url
}
