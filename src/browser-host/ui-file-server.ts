// The built UI, served to the browser host's UI page: module scripts do not load from file://.
// Loopback only, GET and HEAD only, and only the UI's own files (core/ui-files.ts).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { realpath } from 'node:fs/promises'
import { readUiFile } from '../core/ui-files'

export interface UiFileServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string
  close(): Promise<void>
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
    const file = await readUiFile(root, pathname)
    if (file.status !== 200) {
      response.writeHead(file.status).end()
      return
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    response.end(request.method === 'HEAD' ? undefined : file.body)
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
