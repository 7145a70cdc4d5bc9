// Records what Debian's Chromium really says over CDP while it visits a tiny local server, so the
// capture core's unit tests replay genuine events rather than ones we imagined.
//
//   npx tsx scripts/record-cdp-events.ts            every scenario
//   npx tsx scripts/record-cdp-events.ts redirect   one scenario
//
// Writes test/fixtures/cdp/<scenario>.json: the events in arrival order, plus the store as
// `Network.getAllCookies` answered after each step (so replays can script the fake store).
// Chromium: $CHROMIUM_PATH, else Debian's. Only 127.0.0.1 is ever contacted.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium } from '../test/support/chromium'
import { playwrightCdpConnection } from '../src/browser-host/playwright-cdp'

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'cdp')

interface RecordedEvent {
  method: string
  params: unknown
}

interface StoreSnapshot {
  /** How many events had arrived when the store was read. */
  afterEvent: number
  cookies: unknown[]
}

export interface CdpFixture {
  scenario: string
  description: string
  browser: string
  origin: string
  events: RecordedEvent[]
  snapshots: StoreSnapshot[]
}

// ---------------------------------------------------------------------------------------------
// The tiny server: one route per thing a scenario needs. `raw` routes write bytes a well-behaved
// server library refuses to write (NUL, non-ASCII), because browsers meet such servers too.

type Route = (req: IncomingMessage, res: ServerResponse) => void

const page = (title: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`

function html(res: ServerResponse, body: string, setCookies: string[] = [], status = 200): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(setCookies.length > 0 ? { 'Set-Cookie': setCookies } : {}),
  })
  res.end(body)
}

/** Writes a whole HTTP/1.1 response by hand, bytes exactly as given. */
function raw(res: ServerResponse, headerLines: Buffer[], body: string): void {
  const head = Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'),
    Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n`),
    ...headerLines.map((line) => Buffer.concat([line, Buffer.from('\r\n')])),
    Buffer.from('\r\n'),
  ])
  res.socket?.end(Buffer.concat([head, Buffer.from(body)]))
}

const ROUTES: Record<string, Route> = {
  '/': (_req, res) => html(res, page('Home')),
  '/set': (_req, res) => html(res, page('Set'), ['userID=alice; Path=/']),
  '/get': (req, res) => html(res, page('Get', `<p>Cookie: ${req.headers.cookie ?? '(none)'}</p>`)),
  '/delete': (_req, res) =>
    html(res, page('Delete'), ['userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/']),
  '/login': (_req, res) => {
    res.writeHead(302, {
      Location: '/login/next',
      'Set-Cookie': 'session=s3cr3t; Path=/; HttpOnly',
    })
    res.end()
  },
  '/login/next': (_req, res) => {
    res.writeHead(302, { Location: '/welcome', 'Set-Cookie': 'hop=2; Path=/' })
    res.end()
  },
  '/welcome': (req, res) => html(res, page('Welcome', `<p>${req.headers.cookie ?? ''}</p>`)),
  '/samesite-none': (_req, res) =>
    html(res, page('SameSite=None'), ['tracker=1; SameSite=None; Path=/', 'ok=1; Path=/']),
  '/malformed-lines': (_req, res) =>
    raw(
      res,
      [
        Buffer.from('Set-Cookie: =emptyname; Path=/'),
        Buffer.from('Set-Cookie: novalue'),
        Buffer.from(`Set-Cookie: big=${'x'.repeat(5000)}; Path=/`),
        Buffer.from('Set-Cookie: cafe=cr\u00e8me; Path=/', 'utf8'),
        Buffer.from('Set-Cookie: latin=\xe9t\xe9; Path=/', 'latin1'),
        Buffer.from('Set-Cookie: ctl=a\x01b; Path=/', 'latin1'),
        Buffer.from('Set-Cookie: odd=1; SameSite=Bogus; Path=/'),
        Buffer.from('Set-Cookie: fine=1; Path=/'),
      ],
      page('Malformed lines'),
    ),
  // Chromium refuses a whole response whose header holds a NUL: the request fails.
  '/nul-line': (_req, res) =>
    raw(res, [Buffer.from('Set-Cookie: nul=a\x00b; Path=/', 'latin1')], page('NUL')),
  '/admin/set': (_req, res) => html(res, page('Admin set'), ['admin=1; Path=/admin']),
  '/admin/page': (_req, res) => html(res, page('Admin page')),
  '/elsewhere': (_req, res) => html(res, page('Elsewhere')),
  '/script-write': (_req, res) =>
    html(res, page('Script write', `<script>document.cookie = 'theme=dark; path=/'</script>`)),
  '/with-favicon': (_req, res) =>
    html(
      res,
      '<!doctype html><html><head><link rel="icon" href="/favicon.ico"><title>Favicon</title>' +
        '</head><body><h1>Favicon</h1></body></html>',
    ),
  '/favicon.ico': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/x-icon', 'Set-Cookie': 'fav=1; Path=/' })
    res.end(Buffer.alloc(0))
  },
  '/cached-page': (_req, res) => html(res, page('Cached', '<img src="/pixel.gif">')),
  '/cached-again': (_req, res) =>
    html(
      res,
      page(
        'Cached again',
        '<img src="/pixel.gif"><script>' +
          "fetch('/pixel.gif').then(() => { document.title = 'fetched' })</script>",
      ),
    ),
  '/pixel.gif': (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'image/gif',
      'Cache-Control': 'max-age=3600',
      'Set-Cookie': 'pixel=seen; Path=/',
    })
    res.end(Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'))
  },
  '/lax/set': (_req, res) =>
    html(res, page('Lax set'), ['lax=1; Path=/', 'strict=1; SameSite=Strict; Path=/']),
  '/lax/api': (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/plain',
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    })
    res.end(req.headers.cookie ?? '(no cookie)')
  },
  '/lax/other-site': (req, res) => {
    const api = `http://a.test:${req.socket.localPort}/lax/api`
    html(
      res,
      page(
        'Another site',
        `<script>fetch('${api}', { credentials: 'include' }).then(r => r.text())` +
          `.then(t => { document.title = 'got ' + t })</script>`,
      ),
    )
  },
  // A cookie without SameSite, then a cross-site form POST that carries it within two minutes
  // (Chromium's Lax+POST allowance), and a Path longer than the 1024 bytes an attribute may be.
  '/issues/set': (_req, res) =>
    html(res, page('Issues set'), ['recent=1; Path=/', `long=1; Path=/${'p'.repeat(1100)}`]),
  '/issues/form': (req, res) => {
    const action = `http://a.test:${req.socket.localPort}/issues/posted`
    html(
      res,
      page(
        'Cross-site form',
        `<form method="post" action="${action}"><input name="nm" value="x"></form>` +
          '<script>document.forms[0].submit()</script>',
      ),
    )
  },
  '/issues/posted': (req, res) =>
    html(res, page('Posted', `<p>Cookie: ${req.headers.cookie ?? '(none)'}</p>`)),
  '/many': (_req, res) =>
    html(
      res,
      page('Many cookies'),
      Array.from({ length: 200 }, (_, i) => `c${String(i).padStart(3, '0')}=v${i}; Path=/`),
    ),
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
  const handler = ROUTES[path]
  if (handler) handler(req, res)
  else html(res, page('Not found'), [], 404)
}

// ---------------------------------------------------------------------------------------------
// Scenarios: what a learner does, step by step. The store is read after each step.

interface Recording {
  page: Page
  origin: string
  /** Resolves once an event matching the test has arrived (browser-initiated requests such as
   * favicons are invisible to Playwright's page events, but not to CDP). */
  waitForEvent(test: (event: RecordedEvent) => boolean): Promise<void>
}

interface Scenario {
  description: string
  steps: Array<(recording: Recording) => Promise<unknown>>
}

const visit =
  (path: string) =>
  ({ page, origin }: Recording) =>
    page.goto(`${origin}${path}`, { waitUntil: 'load' })

const requestFor = (path: string) => (event: RecordedEvent) =>
  event.method === 'Network.requestWillBeSent' && JSON.stringify(event.params).includes(`${path}"`)

const SCENARIOS: Record<string, Scenario> = {
  'set-get-delete': {
    description: 'Set a cookie, send it back, delete it with an expired Set-Cookie, see it gone.',
    steps: [visit('/set'), visit('/get'), visit('/delete'), visit('/get')],
  },
  redirect: {
    description: 'Two 302 hops each set a cookie; the page they lead to receives both.',
    steps: [visit('/login')],
  },
  'samesite-none-insecure': {
    description: 'SameSite=None without Secure over http: blocked (SameSiteNoneInsecure).',
    steps: [visit('/samesite-none'), visit('/get')],
  },
  'malformed-set-cookie': {
    description: 'Set-Cookie lines a browser must judge: empty name, no =, 5 KB, non-ASCII, CTL.',
    steps: [
      visit('/malformed-lines'),
      visit('/get'),
      ({ page, origin }) => page.goto(`${origin}/nul-line`).catch(() => 'failed, as expected'),
    ],
  },
  'path-mismatch': {
    description:
      'A cookie with Path=/admin: sent to /admin/page, considered but not sent elsewhere.',
    steps: [visit('/admin/set'), visit('/admin/page'), visit('/elsewhere')],
  },
  'script-write': {
    description: 'document.cookie writes a cookie (no network event), then a request carries it.',
    steps: [visit('/script-write'), visit('/get')],
  },
  favicon: {
    description: 'A page whose favicon request is real traffic and even sets a cookie.',
    steps: [
      async ({ page, origin, waitForEvent }) => {
        await page.goto(`${origin}/with-favicon`, { waitUntil: 'load' })
        await waitForEvent(requestFor('/favicon.ico'))
      },
    ],
  },
  'memory-cache': {
    description:
      'A cacheable image seen again by the next page (memory cache) and by fetch (disk cache).',
    steps: [
      visit('/cached-page'),
      async ({ page, origin }) => {
        await page.goto(`${origin}/cached-again`, { waitUntil: 'load' })
        await page.waitForFunction("document.title === 'fetched'")
      },
    ],
  },
  'samesite-cross-site': {
    description:
      'a.test sets a default (Lax) and a Strict cookie; a fetch from b.test does not send them.',
    steps: [
      ({ page, origin }) => page.goto(`${origin.replace('127.0.0.1', 'a.test')}/lax/set`),
      async ({ page, origin }) => {
        await page.goto(`${origin.replace('127.0.0.1', 'b.test')}/lax/other-site`)
        await page.waitForFunction("document.title.startsWith('got ')")
      },
    ],
  },
  'cookie-issues': {
    description:
      'a.test sets a cookie without SameSite and one with a 1101-byte Path; a form on b.test posts to a.test at once: Chromium sends the cookie (Lax+POST) and says so in Audits.issueAdded.',
    steps: [
      ({ page, origin }) => page.goto(`${origin.replace('127.0.0.1', 'a.test')}/issues/set`),
      async ({ page, origin, waitForEvent }) => {
        await page.goto(`${origin.replace('127.0.0.1', 'b.test')}/issues/form`)
        await page.waitForURL(/\/issues\/posted$/)
        await waitForEvent((event) => event.method === 'Audits.issueAdded')
      },
    ],
  },
  'many-cookies': {
    description: 'One response sets 200 cookies (more than the 180 a domain may keep).',
    steps: [visit('/many'), visit('/get')],
  },
}

// ---------------------------------------------------------------------------------------------

// Fields that are noise for cookies (timings, stacks, TLS) go, and data: URLs (Chromium's own
// error page is full of them) are cut short, so fixtures stay small and readable.
const NOISE = new Set([
  'timing',
  'connectTiming',
  'securityDetails',
  'clientSecurityState',
  'stack',
  'initialPriority',
  'referrerPolicy',
  'mixedContentType',
  'isSameSite',
  'isAdRelated',
  'serviceWorkerRouterInfo',
  'priority',
  'sourceScheme',
  'sourcePort',
])

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (typeof value === 'string' && value.startsWith('data:') && value.length > 80) {
    return `${value.slice(0, 40)}...(${value.length} chars cut by the recorder)`
  }
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (!NOISE.has(key)) out[key] = strip(inner)
  }
  return out
}

/** One event per line: small, and a diff of a re-recording reads event by event. */
function serialise(fixture: CdpFixture): string {
  const { events, snapshots, ...head } = fixture
  const list = (items: unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')
  const meta = JSON.stringify(head, null, 2).slice(0, -2)
  return `${meta},\n  "events": [\n${list(events)}\n  ],\n  "snapshots": [\n${list(snapshots)}\n  ]\n}\n`
}

async function record(name: string, scenario: Scenario, origin: string): Promise<CdpFixture> {
  // The project's launcher: Debian's Chromium or $CHROMIUM_PATH, with *.test mapped to loopback
  // so a scenario can be cross-site (a.test vs b.test) while every request stays local.
  const browser = await launchChromium()
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    const session = await context.newCDPSession(page)
    const events: RecordedEvent[] = []
    const snapshots: StoreSnapshot[] = []
    const waiters = new Set<() => void>()
    playwrightCdpConnection(session).onEvent((method, params) => {
      events.push({ method, params: strip(params) })
      for (const wake of waiters) wake()
    })
    const waitForEvent = (test: (event: RecordedEvent) => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!events.some(test)) return
          waiters.delete(check)
          resolve()
        }
        waiters.add(check)
        check()
      })
    await session.send('Network.enable')
    await session.send('Audits.enable')
    for (const step of scenario.steps) {
      await step({ page, origin, waitForEvent })
      // Events of late subresources trail the load event a little; this is a recorder, not a test.
      await page.waitForTimeout(300)
      const { cookies } = await session.send('Network.getAllCookies')
      snapshots.push({ afterEvent: events.length, cookies: strip(cookies) as unknown[] })
    }
    return {
      scenario: name,
      description: scenario.description,
      browser: browser.version(),
      origin,
      events,
      snapshots,
    }
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !(name in SCENARIOS))
  if (unknown.length > 0) {
    throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS)}`)
  }
  const server = createServer(route)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    await mkdir(FIXTURE_DIR, { recursive: true })
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      if (wanted.length > 0 && !wanted.includes(name)) continue
      const fixture = await record(name, scenario, origin)
      const file = join(FIXTURE_DIR, `${name}.json`)
      await writeFile(file, serialise(fixture))
      console.log(`${name}: ${fixture.events.length} events -> ${file}`)
    }
  } finally {
    server.close()
  }
}

await main()
