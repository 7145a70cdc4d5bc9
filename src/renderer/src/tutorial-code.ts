// Which tutorial route produced an exchange, and for the playground (/set) the exact
// `set_cookie(...)` call its query string made, so the detail view can show the Python source.

import type { Exchange } from '../../shared/domain'
import { flaskSetCookieCall, readPlaygroundQuery } from '../../shared/flask-call'
import { findTutorialRoute, type TutorialRoute } from '../../shared/tutorial-routes'

export interface TutorialCode {
  route: TutorialRoute
  /** For /set: the call the query string asked for (null when the server refused the query). */
  call: string | null
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
  const query = route.path === '/set' ? readPlaygroundQuery(url.searchParams) : null
  return { route, call: query?.ok ? flaskSetCookieCall(query.params) : null }
}
