// The built UI under the app's own scheme, `cookie-lab://ui/`, not `file://`: Electron's security
// checklist (item 18) asks for a custom protocol, and the packaged app turns the
// GrantFileProtocolExtraPrivileges fuse off, without which a `file://` page cannot load its own
// module scripts or start its HAR worker (Chromium refuses both from the opaque `null` origin). A
// standard, secure scheme gives the UI an origin of its own: `'self'` in its CSP, workers and
// module scripts from its folder, and nothing else of the disk.

import type { CustomScheme } from 'electron'
import { readUiFile } from '../core/ui-files'

export const APP_SCHEME = 'cookie-lab'
/** The one host the scheme serves: the UI's folder. */
const APP_HOST = 'ui'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Registered before the app is ready (Electron allows it only then). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: relative URLs and an origin of its own; secure: a secure context, as `https:`.
  privileges: { standard: true, secure: true, codeCache: true },
}

/**
 * The answer to REQUEST for a file of the UI under ROOT (a real path): GET and HEAD of the app's
 * own host only, with the UI's CSP as a header (a response of a custom scheme passes no session
 * header hook), typed, and never sniffed.
 */
export async function appFileResponse(
  root: string,
  request: Pick<Request, 'method' | 'url'>,
  contentSecurityPolicy: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } })
  }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return new Response(null, { status: 400 })
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return new Response(null, { status: 404 })
  }
  const file = await readUiFile(root, url.pathname)
  if (file.status !== 200) return new Response(null, { status: file.status })
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
