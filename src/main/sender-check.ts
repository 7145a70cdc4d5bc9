// Who may talk to the main process, and where the UI window may go: only the app's own page.
// Kept free of Electron so the rule is tested in plain Node.

import { APP_SCHEME } from './app-protocol'

/**
 * True when `frameUrl` is the app's own page: under the app's own scheme and host (the built UI,
 * app-protocol.ts), the same origin as the dev server, or the very same file as a built
 * `index.html` (query and hash aside). Anything else, including a page the UI window was somehow
 * navigated to, is refused.
 */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false
  let frame: URL
  let app: URL
  try {
    frame = new URL(frameUrl)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (frame.protocol !== app.protocol) return false
  // file: URLs all share the opaque origin "null", so compare the file itself.
  if (app.protocol === 'file:') return frame.host === app.host && frame.pathname === app.pathname
  if (app.protocol === 'http:' || app.protocol === 'https:') return frame.origin === app.origin
  // A custom scheme's origin reads "null" in Node's URL: its host is what names the app.
  if (app.protocol === `${APP_SCHEME}:`) return frame.host === app.host
  return false
}
