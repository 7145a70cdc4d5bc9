// What a route handler sees of a request and what it answers. The server does the HTTP (Host
// check, decoding, body limits, security headers); a handler only decides the page and cookies.

import type { CookiePair } from '../../shared/domain'
import type { Locale } from '../../shared/messages/format-message'
import type { SafeHtml } from './html'
import type { TutorialPorts } from './request-initiator'

export interface TutorialRequest {
  method: string
  pathname: string
  /** Query fields, first value per name, strictly decoded. */
  query: Map<string, string>
  /** The query string as it came, without `?` (for links that keep it). */
  rawQuery: string
  /** Form fields of an application/x-www-form-urlencoded body; null for any other body. */
  form: Map<string, string> | null
  /** The `Cookie` header read as Flask reads it. */
  cookies: CookiePair[]
  /** The raw `Cookie` header (one char per byte), null when none came. */
  cookieHeader: string | null
  /** The `Origin` header, null when none came. */
  origin: string | null
  /** The Host header's name, lower-cased, without the port. */
  hostname: string
  /** The scheme this request came in on: each listener's pages link within it. */
  scheme: 'http' | 'https'
  /** Where the server listens, for the pages that offer the other scheme. */
  ports: TutorialPorts
  /** This response's CSP nonce: an inline script runs only with it. */
  nonce: string
  nowMs: number
  /** The language the page's words are in: the server's setting when the request came. */
  locale: Locale
}

export interface TutorialResponse {
  status?: number
  title: string
  body: SafeHtml
  /** Set-Cookie values, as dumpCookie writes them. */
  setCookies?: string[]
  /** Headers beyond the usual ones (CORS, for a page another tutorial site fetches). */
  headers?: Readonly<Record<string, string>>
  /** Show the request's raw Cookie header on the page (routes that read cookies). */
  showCookieHeader?: boolean
  /** The origins this page frames (its CSP frame-src); none when absent. */
  frameSrc?: readonly string[]
  /**
   * The page calls the tutorial's other sites on purpose (images, forms, fetch): its CSP lets it
   * reach exactly the tutorial's own origins, and nothing else.
   */
  crossSite?: boolean
}

export type RouteHandler = (request: TutorialRequest) => TutorialResponse
