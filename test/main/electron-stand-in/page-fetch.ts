// How the stand-in's web contents load a page: one real GET over a socket, so the pane's page
// really comes from the tutorial server. Hosts the shell maps with `host-resolver-rules` go to
// loopback, as Chromium would send them.

import { request } from 'node:http'
import { app } from './app-modules'

export interface Exchange {
  url: string
  startedAt: number
  status: number
  statusText: string
  requestHeaders: Record<string, string>
  responseHeaders: Record<string, string>
  headersText: string
  bodyBytes: number
  title: string
}

/** One GET over a real socket; hosts the shell maps with `host-resolver-rules` go to loopback. */
export function fetchPage(url: string): Promise<Exchange> {
  const target = new URL(url)
  if (target.protocol !== 'http:') {
    return Promise.reject(
      Object.assign(new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`), {
        code: 'ERR_UNKNOWN_URL_SCHEME',
      }),
    )
  }
  const rules = app.commandLine.getSwitchValue('host-resolver-rules')
  const mapped = /^MAP \*\.test 127\.0\.0\.1$/.test(rules) && target.hostname.endsWith('.test')
  const requestHeaders = {
    Host: target.host,
    Connection: 'close',
    Accept: 'text/html',
    'User-Agent': 'Mozilla/5.0 (stand-in)',
  }
  const startedAt = Date.now()
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: mapped ? '127.0.0.1' : target.hostname,
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        headers: requestHeaders,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          const responseHeaders: Record<string, string> = {}
          const lines: string[] = []
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            const name = response.rawHeaders[i] ?? ''
            const value = response.rawHeaders[i + 1] ?? ''
            lines.push(`${name}: ${value}`)
            // Chromium joins a repeated header's values with a newline.
            responseHeaders[name] =
              name in responseHeaders ? `${responseHeaders[name]}\n${value}` : value
          }
          const statusLine = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}`
          resolve({
            url,
            startedAt,
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            requestHeaders,
            responseHeaders,
            headersText: `${[statusLine, ...lines].join('\r\n')}\r\n\r\n`,
            bodyBytes: body.length,
            title: /<title>([^<]*)<\/title>/i.exec(body.toString('utf8'))?.[1] ?? url,
          })
        })
        response.on('error', reject)
      },
    )
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        Object.assign(new Error(`ERR_CONNECTION_REFUSED (-102) loading '${url}'`), {
          code: 'ERR_CONNECTION_REFUSED',
          cause: error,
        }),
      ),
    )
    outgoing.end()
  })
}
