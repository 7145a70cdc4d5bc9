// The built UI's files, as every host serves them: the browser host over loopback HTTP
// (src/browser-host/ui-file-server.ts) and Electron's main under the app's own scheme
// (src/main/app-protocol.ts). Never a byte from outside the UI's folder: a path that climbs out
// is refused, a symbolic link that leads out too, and a malformed escape (`%E0`) is a 400.

import { readFile, realpath } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** The file under ROOT that URL_PATH names, or an HTTP status saying why there is none. */
export function resolveUiFile(root: string, urlPath: string): string | 400 | 403 {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return 400
  }
  if (path.includes('\0')) return 400
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  return file.startsWith(root + sep) ? file : 403
}

export type UiFile =
  { status: 200; body: Buffer; contentType: string } | { status: 400 | 403 | 404 }

/** The UI file at URL_PATH under ROOT (itself a real path: `realpath` it once, first). */
export async function readUiFile(root: string, urlPath: string): Promise<UiFile> {
  const file = resolveUiFile(root, urlPath)
  if (typeof file === 'number') return { status: file }
  try {
    // A symbolic link inside the folder must not lead out of it either.
    const real = await realpath(file)
    if (!real.startsWith(root + sep)) return { status: 403 }
    const body = await readFile(real)
    return {
      status: 200,
      body,
      contentType: CONTENT_TYPES[extname(real)] ?? 'application/octet-stream',
    }
  } catch {
    return { status: 404 }
  }
}
