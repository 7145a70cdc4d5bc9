// Who may talk to the main process, and where the UI window may go: only the app's own page.
// Kept free of Electron so the rule is tested in plain Node.

/**
 * True when `frameUrl` is the app's own page: the same origin as the dev server, or the very
 * same file as the built `index.html` (query and hash aside). Anything else, including a page
 * the UI window was somehow navigated to, is refused.
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
  return false
}
