// The UI window's Content-Security-Policy, sent as a response header on the UI's session in
// addition to the renderer's <meta> tag: the header also covers what a meta tag cannot
// (frame-ancestors) and holds even if the page's markup were ever altered.

const BUILT_UI = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
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
