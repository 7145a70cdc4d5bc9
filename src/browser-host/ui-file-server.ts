// The built UI, served to the browser host's UI page: module scripts do not load from file://.
// Loopback only, GET and HEAD only, and never a byte from outside its folder: a path that
// climbs out is refused, a malformed escape (`%E0`) is a 400, not a crash.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
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

export interface UiFileServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string
  close(): Promise<void>
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

export async function serveUiDirectory(directory: string): Promise<UiFileServer> {
  const root = await realpath(directory)
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = new URL(request.url ?? '/', 'http://ui.invalid').pathname
    } catch {
      response.writeHead(400).end()
      return
    }
    const file = resolveUiFile(root, pathname)
    if (typeof file === 'number') {
      response.writeHead(file).end()
      return
    }
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const real = await realpath(file)
      if (!real.startsWith(root + sep)) {
        response.writeHead(403).end()
        return
      }
      const body = await readFile(real)
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(real)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    } catch {
      response.writeHead(404).end()
    }
  }
  const server = createServer((request, response) => void answer(request, response))
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
