// Requests as an attacker would send them, over real sockets: a Cookie header built to make the
// parser backtrack, two Host headers, clients that never close, a flood of connections, and
// cookie-setting requests from pages on other sites.

import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { MAX_CONNECTIONS, REFUSAL_LINGER_MS } from '../../../src/core/server/tutorial-server'
import {
  dom,
  postForm,
  rawExchange,
  rawStatus,
  textOf,
  tutorialServerForThisFile,
} from './server-client'

const served = tutorialServerForThisFile()
const get = served.get

/** Sockets of this process (clients and the server's side alike), as Node counts its handles. */
const openSockets = () =>
  process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length

async function waitUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

function opened(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('error', reject)
  })
}

describe('a Cookie header built to make the parser backtrack', () => {
  it('keeps the server answering others while several arrive at once', async () => {
    // `a="`, 60,000 spaces and a letter: the regex port took seconds on each of these.
    const hostile = `a="${' '.repeat(60_000)}x`
    const started = performance.now()
    const attacks = Array.from({ length: 4 }, () => get('/getcookie', { Cookie: hostile }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const before = performance.now()
    const other = await get('/getcookie', { Cookie: 'userID=ada' })
    const otherMs = performance.now() - before
    expect(other.status).toBe(200)
    expect(textOf(dom(other.body).querySelector('h1'))).toBe('welcome ada')
    const replies = await Promise.all(attacks)
    const allMs = performance.now() - started
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200])
    // Generous for a loaded two-core machine; the regex port needed tens of seconds here.
    expect(otherMs).toBeLessThan(1_500)
    expect(allMs).toBeLessThan(3_000)
  }, 60_000)
})

describe('two Host headers', () => {
  for (const [first, second] of [
    ['127.0.0.1', 'evil.example'],
    ['evil.example', '127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
  ]) {
    it(`are answered 400, as RFC 9112 says (${first}, then ${second})`, async () => {
      const response = await rawExchange(
        served.server.port,
        `GET /askpython/setcookie HTTP/1.1\r\nHost: ${first}\r\nHost: ${second}\r\n` +
          'Connection: close\r\n\r\n',
      )
      expect(rawStatus(response)).toBe(400)
      expect(response).toContain('More than one Host header')
      expect(response).not.toMatch(/^Set-Cookie:/im)
    })
  }
})

describe('connections', () => {
  it('cuts 200 clients that keep their side open after a malformed request', async () => {
    const baseline = openSockets()
    const clients = await Promise.all(
      Array.from({ length: 200 }, async () => {
        // allowHalfOpen: the client reads the whole answer but never closes its own side.
        const socket = await opened(
          connect({ port: served.server.port, host: '127.0.0.1', allowHalfOpen: true }),
        )
        const answer = new Promise<string>((resolve) => {
          const chunks: Buffer[] = []
          socket.on('data', (chunk: Buffer) => chunks.push(chunk))
          socket.once('end', () => resolve(Buffer.concat(chunks).toString('latin1')))
        })
        socket.on('error', () => {})
        socket.write('THIS IS NOT HTTP\r\n\r\n')
        return { socket, answer: await answer }
      }),
    )
    try {
      expect(clients.every(({ answer }) => rawStatus(answer) === 400)).toBe(true)
      // The 200 client sockets stay open on purpose; the server's 200 must go.
      const closed = await waitUntil(
        () => openSockets() <= baseline + 200 + 2,
        REFUSAL_LINGER_MS + 5_000,
      )
      expect(closed, `${openSockets() - baseline - 200} server-side sockets still open`).toBe(true)
    } finally {
      for (const { socket } of clients) socket.destroy()
    }
    const reply = await get('/')
    expect(reply.status).toBe(200)
  }, 30_000)

  it(`closes a connection past ${MAX_CONNECTIONS} at once, and serves again when they go`, async () => {
    const held = await Promise.all(
      Array.from({ length: MAX_CONNECTIONS }, async () => {
        const socket = await opened(connect(served.server.port, '127.0.0.1'))
        socket.on('error', () => {})
        // A slow client: the start of a request, and then nothing.
        socket.write('GET / HTTP/1.1\r\n')
        return socket
      }),
    )
    try {
      // Let the server accept every one of them before the next knocks.
      await new Promise((resolve) => setTimeout(resolve, 500))
      const extra = await opened(connect(served.server.port, '127.0.0.1'))
      extra.on('error', () => {})
      const received: Buffer[] = []
      extra.on('data', (chunk: Buffer) => received.push(chunk))
      const closedAt = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 3_000)
        extra.once('close', () => {
          clearTimeout(timer)
          resolve(true)
        })
        extra.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
      })
      extra.destroy()
      expect(closedAt).toBe(true)
      expect(Buffer.concat(received).length).toBe(0)
    } finally {
      for (const socket of held) socket.destroy()
    }
    await waitUntil(() => false, 200)
    const reply = await get('/')
    expect(reply.status).toBe(200)
  }, 30_000)
})

describe('cookie-setting requests from another site', () => {
  const port = () => served.server.port
  /** What Chromium sends when a page on `origin` navigates or posts to the tutorial server. */
  const fromPage = (origin: string, site: 'cross-site' | 'same-site', mode = 'navigate') => ({
    'Sec-Fetch-Site': site,
    'Sec-Fetch-Mode': mode,
    'Sec-Fetch-Dest': 'document',
    Referer: `${origin}/`,
  })

  it('refuses the login form posted from a page on another site, saying where it came from', async () => {
    const reply = await postForm(
      served.server.url,
      '/setcookie',
      { nm: 'planted' },
      { ...fromPage('http://evil.example', 'cross-site'), Origin: 'http://evil.example' },
    )
    expect(reply.status).toBe(403)
    expect(reply.setCookies).toEqual([])
    const page = dom(reply.body)
    expect(textOf(page.querySelector('h1'))).toBe('Refused: another site asked for this cookie')
    expect(textOf(page.querySelector('main'))).toContain('http://evil.example')
    expect(page.querySelector('main a[href="/"]')).not.toBeNull()
  })

  it('refuses a link or image from another site that hid its address, offering a link of its own', async () => {
    const target = '/set?key=bomb&value=x'
    const reply = await get(target, { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' })
    expect(reply.status).toBe(403)
    expect(reply.setCookies).toEqual([])
    const main = dom(reply.body).querySelector('main')
    expect(textOf(main)).toMatch(/did not say which/)
    expect(main?.querySelector('a')?.getAttribute('href')).toBe(target)
  })

  it('refuses another app on this machine: same-site for cookies, but not the tutorial', async () => {
    for (const origin of [`http://127.0.0.1:${port() + 1}`, `http://localhost:3000`]) {
      const reply = await get('/john/set', fromPage(origin, 'same-site'))
      expect(reply.status, origin).toBe(403)
      expect(reply.setCookies, origin).toEqual([])
    }
  })

  it('refuses every route that sets a cookie, and only those', async () => {
    const evil = fromPage('https://evil.example', 'cross-site')
    for (const path of [
      '/deletecookie',
      '/cookies',
      '/john/set',
      '/john/delete',
      '/askpython/setcookie',
    ]) {
      const reply = await get(path, evil)
      expect(reply.status, path).toBe(403)
      expect(reply.setCookies, path).toEqual([])
    }
    for (const path of ['/', '/getcookie', '/john/', '/askpython/getcookie', '/playground']) {
      expect((await get(path, evil)).status, path).toBe(200)
    }
  })

  it('refuses an opaque origin and an old browser that sends only Origin', async () => {
    const opaque = await postForm(
      served.server.url,
      '/setcookie',
      { nm: 'x' },
      {
        'Sec-Fetch-Site': 'cross-site',
        Origin: 'null',
      },
    )
    expect(opaque.status).toBe(403)
    const old = await postForm(
      served.server.url,
      '/setcookie',
      { nm: 'x' },
      { Origin: 'http://evil.example' },
    )
    expect(old.status).toBe(403)
  })

  it("lets the tutorial's own cross-site pages set cookies, on the same port", async () => {
    const tracker = `http://tracker.test:${port()}`
    const posted = await postForm(
      served.server.url,
      '/setcookie',
      { nm: 'ada' },
      { ...fromPage(tracker, 'cross-site'), Origin: tracker, Host: `www.shop.test:${port()}` },
    )
    expect(posted.status).toBe(200)
    expect(posted.setCookies).toEqual(['userID=ada; Path=/'])
    const linked = await get('/set?key=cart&value=3&domain=shop.test', {
      ...fromPage(`http://www.shop.test:${port()}`, 'same-site'),
      Host: `api.shop.test:${port()}`,
    })
    expect(linked.status).toBe(200)
    const loopback = await get('/john/set', {
      ...fromPage(`http://localhost:${port()}`, 'cross-site'),
      Host: `127.0.0.1:${port()}`,
    })
    expect(loopback.status).toBe(200)
  })

  it('lets through what the learner typed, same-origin requests, and tools without a page', async () => {
    for (const headers of [
      { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' },
      {
        'Sec-Fetch-Site': 'same-origin',
        Origin: served.server.url,
        Referer: `${served.server.url}/`,
      },
      {},
    ]) {
      const reply = await postForm(served.server.url, '/setcookie', { nm: 'ada' }, headers)
      expect(reply.status, JSON.stringify(headers)).toBe(200)
      expect(reply.setCookies).toEqual(['userID=ada; Path=/'])
    }
  })
})
