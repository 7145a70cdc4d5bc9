// Which tutorial route produced an exchange, and for the playground (/set) the exact
// `set_cookie(...)` call its query string made, so the detail view can show the Python source.

import type { Exchange } from '../../shared/domain'
import { flaskSetCookieCall, type SetCookieParams } from '../../shared/flask-call'
import { findTutorialRoute, type TutorialRoute } from '../../shared/tutorial-routes'

export interface TutorialCode {
  route: TutorialRoute
  /** For /set: the call the query string asked for. */
  call: string | null
}

const TRUTHY = ['1', 'true', 'yes', 'on']

function integerParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name)
  if (raw === null || raw.trim() === '') return null
  const value = Number(raw)
  return Number.isInteger(value) ? value : null
}

/** Reads the playground's query the way its Flask view (in TUTORIAL_ROUTES) reads it. */
export function playgroundParams(params: URLSearchParams): SetCookieParams | null {
  const key = params.get('key')
  if (!key) return null
  return {
    key,
    value: params.get('value') ?? '',
    max_age: integerParam(params, 'max_age'),
    expires: integerParam(params, 'expires'),
    path: params.get('path') || '/',
    domain: params.get('domain') || null,
    secure: TRUTHY.includes((params.get('secure') ?? '').toLowerCase()),
    httponly: TRUTHY.includes((params.get('httponly') ?? '').toLowerCase()),
    samesite: params.get('samesite') || null,
  }
}

/**
 * The tutorial code behind an exchange, when the request went to the tutorial server: any of
 * its names counts (127.0.0.1, localhost, the *.test hosts), since they all reach one server.
 */
export function tutorialCodeFor(exchange: Exchange, serverUrl: string | null): TutorialCode | null {
  if (!serverUrl) return null
  let url: URL
  let server: URL
  try {
    url = new URL(exchange.url)
    server = new URL(serverUrl)
  } catch {
    return null
  }
  if (url.protocol !== server.protocol || url.port !== server.port) return null
  const route = findTutorialRoute(exchange.method, url.pathname)
  if (!route) return null
  const params = route.path === '/set' ? playgroundParams(url.searchParams) : null
  return { route, call: params ? flaskSetCookieCall(params) : null }
}
