// The UI window's Content-Security-Policy, sent as a response header on the UI's session in
// addition to the renderer's <meta> tag. The directives are the meta tag's own (a test holds the
// two together, since a page must pass both), plus what only a header can say (frame-ancestors)
// and a ban on form submissions, which the UI never makes.

const BUILT_UI = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  // The HAR worker (src/ui-worker), built into the UI's own folder; never blob: or data:.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const

/**
 * The built UI gets the strict policy. Under `electron-vite dev` the page comes from Vite's dev
 * server, which injects inline scripts and styles (React Refresh, CSS hot reload) and talks to
 * its websocket, so the dev policy allows exactly that and only for the dev server's origin.
 */
export function uiContentSecurityPolicy(devServerUrl?: string): string {
  const policy: Record<string, readonly string[]> = { ...BUILT_UI }
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`
    policy['script-src'] = ["'self'", "'unsafe-inline'"]
    policy['style-src'] = ["'self'", "'unsafe-inline'"]
    policy['connect-src'] = ["'self'", socket]
  }
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}
