// The embedded tutorial server: node:http on 127.0.0.1, answering the seed tutorials' routes with
// what Flask 2.2 would send. This module does the HTTP side (Host check, strict decoding, body and
// header limits, security headers, refusal pages); tutorial-pages.ts decides each page.

import { randomBytes } from 'node:crypto'
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { TLSSocket } from 'node:tls'
import type { Duplex } from 'node:stream'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/messages/format-message'
import {
  TUTORIAL_ROUTES,
  findTutorialRoute,
  routeTitle,
  type TutorialRoute,
} from '../../shared/tutorial-routes'
import { EMBED_PATH, embedPage } from './embed-page'
import { FAVICON_ICO } from './favicon'
import { allowedHostname } from './host-check'
import { html, link, table, type SafeHtml } from './html'
import { page } from './page-layout'
import { HttpError } from './http-error'
import { pageHtml, plainWords, wordedLater } from './page-text'
import type { TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { ROUTE_HANDLERS } from './tutorial-pages'
import { foreignInitiator, type ForeignInitiator, type TutorialPorts } from './request-initiator'
import { makeTlsCredentials, type TlsCredentials } from './tls-certificate'
import { otherSchemeOrigin, tutorialSources } from './tutorial-origins'
import { parseUrlEncoded, percentDecode } from './url-encoded'
import { binaryToText, parseCookieHeader } from './werkzeug-cookie'
import { messageOf } from '../../shared/error-message'

export interface TutorialServerOptions {
  /** 0 or undefined: a free port. */
  port?: number
  /** The HTTPS listener's port; 0 or undefined: a free port. */
  httpsPort?: number
  /** The clock for `Expires` of max_age cookies, in ms since the epoch. */
  now?: () => number
  /**
   * The key and certificate to serve HTTPS with; by default a fresh pair made at start-up. A
   * test run makes one pair for all its servers, so one Chromium can trust it from launch.
   */
  tls?: TlsCredentials
}

/** What a host needs to trust the tutorial's HTTPS, and nothing else; the key never leaves. */
export type TutorialCertificate = Omit<TlsCredentials, 'keyPem'>

export interface TutorialServer {
  /** http://127.0.0.1:PORT */
  readonly url: string
  readonly port: number
  /** https://127.0.0.1:HTTPS_PORT: the same pages over TLS. */
  readonly httpsUrl: string
  readonly httpsPort: number
  /** The certificate made at start-up; trust exactly its key (`spkiSha256`). */
  readonly certificate: TutorialCertificate
  /** The language of the pages' words (`en` at start); the Flask code and headers never change. */
  readonly language: Locale
  /**
   * Speak LOCALE from the next request on: the host sets it when the learner switches language.
   * Throws a RangeError for a language the app has no catalogue for.
   */
  setLanguage(locale: Locale): void
  /** Stops both listeners and cuts open connections, keep-alive ones included. */
  close(): Promise<void>
}

/** Generous: hundreds of cookies in one Cookie header must still pass. */
export const MAX_HEADER_BYTES = 64 * 1024
/** The login form's body is a few bytes; a 5 KB cookie value still fits many times over. */
export const MAX_BODY_BYTES = 64 * 1024
export const LISTEN_HOST = '127.0.0.1'
/**
 * Open connections at most. Chromium keeps at most 6 per host and 256 in all, and the lessons
 * use five host names; past this Node closes a new connection at once, so a flood of sockets
 * cannot use up the app's file descriptors.
 */
export const MAX_CONNECTIONS = 256
/**
 * How long a connection that was refused at the HTTP level (malformed, too large, too slow) may
 * take to read the refusal before it is cut.
 */
export const REFUSAL_LINGER_MS = 2_000

export class PortInUseError extends Error {
  override name = 'PortInUseError'
  readonly code = 'EADDRINUSE'
  constructor(
    readonly port: number,
    readonly scheme: 'http' | 'https' = 'http',
  ) {
    super(
      `port ${port}${scheme === 'https' ? ' (for https)' : ''} is in use on ${LISTEN_HOST}: ` +
        'another server (perhaps a Flask app) holds it. Stop it, or choose another port (0 ' +
        'picks a free one).',
    )
  }
}

/** How long a TLS handshake may take: a client that stalls in it holds a connection. */
export const HANDSHAKE_TIMEOUT_MS = 10_000

/** What a page's CSP allows beyond its own origin. Empty: nothing. */
interface PagePolicy {
  /** Where its forms may go besides itself (the same host under the other scheme). */
  formAction?: readonly string[] | undefined
  /** Who may frame it; none when empty. */
  frameAncestors?: readonly string[] | undefined
  /** What it may frame; nothing when empty. */
  frameSrc?: readonly string[] | undefined
  /** Other origins its images, forms and fetches may reach; none when empty. */
  calls?: readonly string[] | undefined
}

/** Pages another tutorial page may embed: the playground's result, for the CHIPS lesson. */
const EMBEDDABLE_PATHS: ReadonlySet<string> = new Set(['/set'])

function securityHeaders(nonce: string, policy: PagePolicy = {}): Record<string, string> {
  const sources = (list: readonly string[] | undefined) =>
    list && list.length > 0 ? list.join(' ') : "'none'"
  const calls = policy.calls ?? []
  // No Strict-Transport-Security, ever: it would pin these names to https in the learner's
  // browser for months, and the http lessons on them would stop working.
  return {
    'Content-Security-Policy':
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; ` +
      `img-src ${["'self'", ...calls].join(' ')}; ` +
      `form-action ${["'self'", ...(policy.formAction ?? []), ...calls].join(' ')}; ` +
      `connect-src ${["'self'", ...calls].join(' ')}; ` +
      `frame-ancestors ${sources(policy.frameAncestors)}; frame-src ${sources(policy.frameSrc)}; ` +
      "base-uri 'none'",
    'X-Content-Type-Options': 'nosniff',
    // Every visit must reach the server, so the timeline shows every exchange.
    'Cache-Control': 'no-store',
  }
}

interface Answer {
  status: number
  title: string
  body: SafeHtml
  route?: TutorialRoute | undefined
  setCookies?: string[] | undefined
  headers?: Readonly<Record<string, string>> | undefined
  cookieHeader?: string | null | undefined
  policy?: PagePolicy | undefined
}

function send(res: ServerResponse, nonce: string, answer: Answer, locale: Locale): void {
  const received =
    answer.cookieHeader === undefined
      ? html``
      : html`<h2>${plainWords('page.layout.received', locale)}</h2>
          <pre class="wire"><code>${
            answer.cookieHeader === null
              ? plainWords('page.layout.noCookieHeader', locale)
              : `Cookie: ${binaryToText(answer.cookieHeader)}`
          }</code></pre>`
  const document = page({
    title: answer.title,
    body: html`${answer.body}${received}`,
    route: answer.route,
    setCookies: answer.setCookies,
    locale,
  })
  const headers: Record<string, string | string[]> = {
    'Content-Type': 'text/html; charset=utf-8',
    ...securityHeaders(nonce, answer.policy),
    ...answer.headers,
  }
  if (answer.setCookies && answer.setCookies.length > 0) headers['Set-Cookie'] = answer.setCookies
  const bytes = Buffer.from(document, 'utf8')
  headers['Content-Length'] = String(bytes.length)
  res.writeHead(answer.status, headers)
  res.end(bytes)
}

function allowedMethods(pathname: string): string {
  const methods = new Set(['OPTIONS'])
  for (const route of TUTORIAL_ROUTES) {
    if (route.path !== pathname) continue
    methods.add(route.method)
    if (route.method === 'GET') methods.add('HEAD')
  }
  return [...methods].sort().join(', ')
}

function routeList(locale: Locale): SafeHtml {
  const rows = TUTORIAL_ROUTES.map(
    (route) =>
      html`<tr>
        <td>${route.method}</td>
        <td>
          ${
            route.method === 'GET' && route.path !== '/set'
              ? html`<a href="${route.path}">${route.path}</a>`
              : html`<code>${route.path}</code>`
          }
        </td>
        <td>${routeTitle(route, locale)}</td>
      </tr>`,
  )
  const headings = (['method', 'path', 'what'] as const).map((column) =>
    plainWords(`page.refusal.${column}`, locale),
  )
  return table(headings, rows)
}

function notFound(pathname: string): HttpError {
  return new HttpError(
    404,
    wordedLater('page.refusal.notFoundTitle'),
    (locale) =>
      html`<p>${pageHtml('page.refusal.notFound', { path: pathname }, locale)}</p>
        ${routeList(locale)}`,
  )
}

function methodNotAllowed(method: string, pathname: string): HttpError {
  const allow = allowedMethods(pathname)
  if (pathname === '/setcookie') {
    return new HttpError(
      405,
      wordedLater('page.refusal.useFormTitle'),
      (locale) => {
        const form = link('/', plainWords('page.refusal.theForm', locale))
        return html`<p>${pageHtml('page.refusal.useForm', { method, link: form }, locale)}</p>`
      },
      { Allow: allow },
    )
  }
  return new HttpError(
    405,
    wordedLater('page.refusal.methodTitle'),
    (locale) =>
      html`<p>${pageHtml('page.refusal.method405', { path: pathname, allow, method }, locale)}</p>`,
    { Allow: allow },
  )
}

function hostHeaderCount(req: IncomingMessage): number {
  let count = 0
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === 'host') count++
  }
  return count
}

function hostRefusal(hostHeader: string | undefined): HttpError {
  if (!hostHeader) {
    return new HttpError(
      400,
      wordedLater('page.refusal.noHostTitle'),
      (locale) => html`<p>${pageHtml('page.refusal.noHost', undefined, locale)}</p>`,
    )
  }
  return new HttpError(
    421,
    wordedLater('page.refusal.wrongHostTitle'),
    (locale) =>
      html`<p>${pageHtml('page.refusal.wrongHost', { host: hostHeader }, locale)}</p>
        <p>${pageHtml('page.refusal.rebinding', undefined, locale)}</p>`,
  )
}

function twoHostsRefusal(): HttpError {
  // RFC 9112, 3.2: a server MUST answer 400 to a request with more than one Host line. Node keeps
  // the first and drops the rest, so a proxy that read the last one would disagree with it.
  return new HttpError(
    400,
    wordedLater('page.refusal.twoHostsTitle'),
    (locale) => html`<p>${pageHtml('page.refusal.twoHosts', undefined, locale)}</p>`,
  )
}

function crossSiteRefusal(from: ForeignInitiator, method: string, target: string): HttpError {
  const explain = (locale: Locale) => {
    const who =
      from.kind === 'site'
        ? pageHtml('page.refusal.fromSite', { origin: from.origin }, locale)
        : pageHtml('page.refusal.fromUnknown', undefined, locale)
    const retry =
      method === 'GET'
        ? pageHtml(
            'page.refusal.retryLink',
            { link: link(target, plainWords('page.refusal.thisLink', locale)) },
            locale,
          )
        : pageHtml(
            'page.refusal.retryForm',
            { link: link('/', plainWords('page.refusal.ownForm', locale)) },
            locale,
          )
    return html`<p>${pageHtml('page.refusal.crossSite', { who }, locale)}</p>
      <p>${pageHtml('page.refusal.portsShared', undefined, locale)}</p>
      <p>${retry}</p>`
  }
  return new HttpError(403, wordedLater('page.refusal.crossSiteTitle'), explain)
}

const FORM_TYPE = 'application/x-www-form-urlencoded'

function payloadTooLarge(): HttpError {
  return new HttpError(
    413,
    wordedLater('page.refusal.tooLargeTitle'),
    (locale) =>
      html`<p>${pageHtml('page.refusal.tooLarge', { kib: MAX_BODY_BYTES / 1024 }, locale)}</p>`,
    { Connection: 'close' },
  )
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) {
    req.resume()
    return Promise.reject(payloadTooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        // Keep draining so the client can read the refusal; drop what arrives.
        chunks.length = 0
        reject(payloadTooLarge())
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function readForm(req: IncomingMessage): Promise<Map<string, string> | null> {
  const body = await readBody(req)
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  // Latin1 keeps one char per byte; percentDecode then insists on UTF-8.
  return type === FORM_TYPE ? parseUrlEncoded(body.toString('latin1')) : null
}

/** A page to render, or the favicon's bytes. */
type Reply = Answer | 'favicon'

/** What every request is answered with: the clock, where the two listeners are, the language. */
interface ServerContext {
  now: () => number
  ports: TutorialPorts
  locale: Locale
}

function schemeOf(req: IncomingMessage): 'http' | 'https' {
  return (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http'
}

async function answerRequest(
  req: IncomingMessage,
  nonce: string,
  context: ServerContext,
  locale: Locale,
): Promise<Reply> {
  const method = req.method ?? 'GET'
  const scheme = schemeOf(req)
  if (hostHeaderCount(req) > 1) throw twoHostsRefusal()
  const hostHeader = req.headers.host
  const hostname = allowedHostname(hostHeader)
  if (hostname === null || hostHeader === undefined) throw hostRefusal(hostHeader)

  const target = req.url ?? ''
  if (!target.startsWith('/')) {
    throw new HttpError(
      400,
      wordedLater('page.refusal.badTargetTitle'),
      (locale) =>
        html`<p>
          ${pageHtml('page.refusal.badTarget', { target: target.slice(0, 200) }, locale)}
        </p>`,
    )
  }
  const mark = target.indexOf('?')
  const rawPath = mark < 0 ? target : target.slice(0, mark)
  const rawQuery = mark < 0 ? '' : target.slice(mark + 1)
  const pathname = percentDecode(rawPath, false)
  const query = parseUrlEncoded(rawQuery)
  const other = otherSchemeOrigin(hostname, scheme, context.ports)
  const policy: PagePolicy = {
    formAction: other === null ? [] : [other],
    frameAncestors: EMBEDDABLE_PATHS.has(pathname) ? tutorialSources(context.ports) : [],
  }

  if (pathname === '/favicon.ico') {
    if (method === 'GET' || method === 'HEAD') return 'favicon'
    throw new HttpError(
      405,
      wordedLater('page.refusal.methodTitle'),
      (locale) => html`<p>${plainWords('page.refusal.iconOnly', locale)}</p>`,
      { Allow: 'GET, HEAD' },
    )
  }
  if (pathname === EMBED_PATH) {
    if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(
        405,
        wordedLater('page.refusal.methodTitle'),
        (locale) => html`<p>${plainWords('page.embed.onlyVisited', locale)}</p>`,
        { Allow: 'GET, HEAD' },
      )
    }
    const embed = embedPage(hostname, scheme, context.ports, query, rawQuery, locale)
    return { status: 200, ...embed, policy: { ...policy, frameSrc: embed.frameSrc } }
  }
  if (!TUTORIAL_ROUTES.some((route) => route.path === pathname)) {
    // Werkzeug's strict_slashes: /john redirects to /john/ with 308, keeping method and query.
    if (TUTORIAL_ROUTES.some((route) => route.path === `${pathname}/`)) {
      // The scheme it came in on: an https request is never sent down to http.
      const location = `${scheme}://${req.headers.host}${rawPath}/${mark < 0 ? '' : `?${rawQuery}`}`
      return {
        status: 308,
        title: plainWords('page.refusal.movedTitle', locale),
        body: html`<p>
          ${pageHtml('page.refusal.moved', { link: link(location, `${pathname}/`) }, locale)}
        </p>`,
        headers: { Location: location },
      }
    }
    throw notFound(pathname)
  }
  if (method === 'OPTIONS') {
    return {
      status: 200,
      title: plainWords('page.refusal.optionsTitle', locale),
      body: html`<p>${allowedMethods(pathname)}</p>`,
      headers: { Allow: allowedMethods(pathname) },
    }
  }
  const route = findTutorialRoute(method, pathname)
  const handler = route && ROUTE_HANDLERS[`${route.method} ${route.path}`]
  if (!route || !handler) throw methodNotAllowed(method, pathname)

  const cookieHeader = req.headers.cookie ?? null
  const request: TutorialRequest = {
    method,
    pathname,
    query,
    rawQuery,
    form: method === 'POST' ? await readForm(req) : null,
    cookies: parseCookieHeader(cookieHeader),
    cookieHeader,
    origin: req.headers.origin ?? null,
    hostname,
    scheme,
    ports: context.ports,
    nonce,
    nowMs: context.now(),
    locale,
  }
  let response: TutorialResponse
  try {
    response = handler(request)
  } catch (error) {
    // A route's own refusal still shows the route's Flask code: it explains the refusal.
    if (error instanceof HttpError) return { ...errorAnswer(error, locale), route, policy }
    throw error
  }
  if (response.setCookies && response.setCookies.length > 0) {
    const from = foreignInitiator(req.headers, context.ports)
    if (from) throw crossSiteRefusal(from, method, target)
  }
  return {
    status: response.status ?? 200,
    title: response.title,
    body: response.body,
    route,
    setCookies: response.setCookies,
    headers: response.headers,
    cookieHeader: response.showCookieHeader ? cookieHeader : undefined,
    policy: {
      ...policy,
      frameSrc: response.frameSrc,
      calls: response.crossSite ? tutorialSources(context.ports) : [],
    },
  }
}

function errorAnswer(error: unknown, locale: Locale): Answer {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      title: error.title(locale),
      body: error.explanation(locale),
      headers: error.headers,
    }
  }
  const message = messageOf(error)
  return {
    status: 500,
    title: plainWords('page.refusal.bugTitle', locale),
    body: html`<p>${pageHtml('page.refusal.bug', { message }, locale)}</p>`,
  }
}

function sendFavicon(res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'image/x-icon',
    'Content-Length': String(FAVICON_ICO.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  })
  res.end(FAVICON_ICO)
}

function handle(req: IncomingMessage, res: ServerResponse, context: ServerContext): void {
  const nonce = randomBytes(16).toString('base64')
  // One language for the whole answer, even if the host switches while it is being made.
  const { locale } = context
  answerRequest(req, nonce, context, locale)
    .catch((error: unknown) => errorAnswer(error, locale))
    .then((reply) => (reply === 'favicon' ? sendFavicon(res) : send(res, nonce, reply, locale)))
    // Writing the answer itself failed (the client left): nothing to tell anyone.
    .catch(() => res.destroy())
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, locale: Locale): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const [status, title, body]: [number, string, SafeHtml] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          plainWords('page.refusal.headersTooLargeTitle', locale),
          html`<p>
            ${pageHtml('page.refusal.headersTooLarge', { kib: MAX_HEADER_BYTES / 1024 }, locale)}
          </p>`,
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            408,
            plainWords('page.refusal.timeoutTitle', locale),
            html`<p>${plainWords('page.refusal.timeout', locale)}</p>`,
          ]
        : [
            400,
            plainWords('page.refusal.malformedTitle', locale),
            html`<p>
              ${pageHtml('page.refusal.malformed', { code: error.code ?? 'parse error' }, locale)}
            </p>`,
          ]
  const nonce = randomBytes(16).toString('base64')
  const document = Buffer.from(page({ title, body, locale }), 'utf8')
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    ...securityHeaders(nonce),
    'Content-Length': String(document.length),
    Connection: 'close',
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(
    Buffer.concat([
      Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n`),
      document,
    ]),
  )
  closeAfterRefusal(socket)
}

/**
 * end() only half-closes: a client that never closes its side would hold the socket (and a file
 * descriptor) for good. Once the refusal is written, wait briefly for the client to close, reading
 * and dropping whatever it still sends (closing with unread bytes would reset the connection and
 * could lose the refusal), then cut the socket. A client that does not read at all is cut too.
 */
function closeAfterRefusal(socket: Duplex): void {
  const cut = setTimeout(() => socket.destroy(), REFUSAL_LINGER_MS)
  cut.unref()
  socket.once('close', () => clearTimeout(cut))
  socket.once('end', () => socket.destroy())
  socket.on('data', () => {})
  socket.resume()
}

function checkedPort(port: number | undefined): number {
  const wanted = port ?? 0
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    throw new RangeError(`port must be a whole number from 0 to 65535, not ${wanted}`)
  }
  return wanted
}

/** Listens on 127.0.0.1:wanted; resolves with the port bound. */
async function listen(server: Server, wanted: number, scheme: 'http' | 'https'): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening)
      if (error.code === 'EADDRINUSE') reject(new PortInUseError(wanted, scheme))
      else if (error.code === 'EACCES') {
        reject(new Error(`port ${wanted} needs privileges this process does not have`))
      } else reject(error)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen({ port: wanted, host: LISTEN_HOST, exclusive: true })
  })
  // Past start-up, a server error must not become an unhandled crash of the app.
  server.on('error', () => {})
  const address = server.address()
  return typeof address === 'object' && address ? address.port : wanted
}

function stop(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    // Already closed (a second close(), or a listener that never started): nothing to wait for.
    if (!server.listening) resolve()
    else server.close(() => resolve())
    server.closeAllConnections()
  })
}

/**
 * Starts the tutorial server on 127.0.0.1, over http and https (each on its own port). Rejects
 * with PortInUseError when either port is taken, leaving nothing listening.
 */
export async function startTutorialServer(
  options: TutorialServerOptions = {},
): Promise<TutorialServer> {
  const wanted = checkedPort(options.port)
  const wantedHttps = checkedPort(options.httpsPort)
  const credentials = options.tls ?? (await makeTlsCredentials())
  // Filled in once both listeners are bound; no request is answered before that.
  const ports: { http: number; https: number } = { http: 0, https: 0 }
  const context: ServerContext = { now: options.now ?? Date.now, ports, locale: DEFAULT_LOCALE }
  const httpOptions: ServerOptions = {
    maxHeaderSize: MAX_HEADER_BYTES,
    // A request without Host gets our explanatory page rather than Node's bare 400.
    requireHostHeader: false,
    headersTimeout: 20_000,
    requestTimeout: 30_000,
    // Node enforces the two timeouts above only when it checks, every 30 s by default: a slow
    // client would hold one of the MAX_CONNECTIONS for up to 50 s instead of 20.
    connectionsCheckingInterval: 1_000,
  }
  const answer = (req: IncomingMessage, res: ServerResponse) => handle(req, res, context)
  const server = createServer(httpOptions, answer)
  const httpsServer = createHttpsServer(
    {
      ...httpOptions,
      key: credentials.keyPem,
      cert: credentials.certPem,
      minVersion: 'TLSv1.2',
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
    },
    answer,
  )
  for (const listener of [server, httpsServer]) {
    listener.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
      answerClientError(error, socket, context.locale),
    )
    listener.maxConnections = MAX_CONNECTIONS
  }
  // A failed handshake (a client that does not trust the key, a port scan) is the client's
  // business: Node then destroys the socket, and nothing else needs to happen.
  httpsServer.on('tlsClientError', () => {})

  ports.http = await listen(server, wanted, 'http')
  try {
    ports.https = await listen(httpsServer, wantedHttps, 'https')
  } catch (error) {
    await stop(server)
    throw error
  }
  const { keyPem: _key, ...certificate } = credentials
  return {
    url: `http://${LISTEN_HOST}:${ports.http}`,
    port: ports.http,
    httpsUrl: `https://${LISTEN_HOST}:${ports.https}`,
    httpsPort: ports.https,
    certificate,
    get language() {
      return context.locale
    },
    setLanguage(locale: Locale) {
      // The host's value crosses a process boundary: check it rather than trust the type.
      if (!isLocale(locale)) throw new RangeError(`the tutorial pages have no language ${locale}`)
      context.locale = locale
    },
    close: async () => {
      await Promise.all([stop(server), stop(httpsServer)])
    },
  }
}
