// A small HTTP/1.1 client for the server tests: node:http (so Host and raw header bytes can be
// chosen, which fetch forbids) and raw sockets (for requests no client library would send).

import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { createRequire } from 'node:module'
import { afterAll, beforeAll } from 'vitest'
import { startTutorialServer, type TutorialServer } from '../../../src/core/server'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  /** Set-Cookie lines as received: one char per byte. */
  setCookies: string[]
  body: string
}

/** Reads a whole response into a Reply: the HTTP and the HTTPS clients share it. */
export function readReply(res: IncomingMessage): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    res.on('data', (chunk: Buffer) => chunks.push(chunk))
    res.on('end', () =>
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        setCookies: res.headers['set-cookie'] ?? [],
        body: Buffer.concat(chunks).toString('utf8'),
      }),
    )
    res.on('error', reject)
  })
}

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
}

export function request(
  baseUrl: string,
  path: string,
  { method = 'GET', headers = {}, body }: RequestOptions = {},
): Promise<Reply> {
  const url = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers:
          body === undefined
            ? headers
            : { 'Content-Length': String(Buffer.byteLength(body)), ...headers },
        agent: false,
      },
      (res) => readReply(res).then(resolve, reject),
    )
    req.on('error', reject)
    req.end(body)
  })
}

export function postForm(
  baseUrl: string,
  path: string,
  form: Record<string, string>,
  headers = {},
) {
  return request(baseUrl, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  })
}

/** Writes `raw` to a fresh connection and reads until the server closes it. */
export function rawExchange(port: number, raw: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')))
    socket.on('error', reject)
    socket.write(raw)
  })
}

/** Whether anything listens on 127.0.0.1:port. */
export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** The status code of a raw HTTP response. */
export function rawStatus(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)
}

/**
 * The few DOM members the tests read. The node test project has no DOM types (core must not
 * see them), so jsdom is loaded untyped and seen through this narrow, honest view.
 */
export interface PageNode {
  readonly textContent: string | null
  readonly id: string
  readonly children: ArrayLike<PageNode>
  /** Form controls only. */
  readonly value?: string
  readonly checked?: boolean
  readonly type?: string
  getAttribute(name: string): string | null
  querySelector(selector: string): PageNode | null
  querySelectorAll(selector: string): ArrayLike<PageNode> & Iterable<PageNode>
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: PageNode } }
}

/** A page as a document, so tests assert on elements rather than on formatting. */
export function dom(body: string): PageNode {
  return new JSDOM(body).window.document
}

/** An element's text with runs of whitespace collapsed, as a reader sees it. */
export function textOf(element: PageNode | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** One tutorial server for a test file: started before its tests, closed after them. */
export function tutorialServerForThisFile() {
  let started: TutorialServer | undefined
  beforeAll(async () => {
    started = await startTutorialServer()
  })
  afterAll(() => started?.close())
  const server = (): TutorialServer => {
    if (!started) throw new Error('the tutorial server starts in beforeAll')
    return started
  }
  return {
    get server() {
      return server()
    },
    get: (path: string, headers: Record<string, string> = {}) =>
      request(server().url, path, { headers }),
  }
}

/** A response's Content-Security-Policy, directive by directive. */
export function cspOf(headers: Record<string, unknown>): Map<string, string[]> {
  return new Map(
    String(headers['content-security-policy'])
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )
}
