import { createServer as createNetServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortInUseError, startTutorialServer, type TutorialServer } from '../../../src/core/server'
import { canConnect, cspOf, dom, request, textOf } from './server-client'
import { tlsRequest } from './tls-client'

let server: TutorialServer

beforeAll(async () => {
  server = await startTutorialServer()
})
afterAll(() => server.close())

const overHttps = (host: string, path: string, headers: Record<string, string> = {}) =>
  tlsRequest({ host, port: server.httpsPort, path, headers, pin: server.certificate.spkiSha256 })
const overHttp = (host: string, path: string, headers: Record<string, string> = {}) =>
  request(server.url, path, { headers: { Host: `${host}:${server.port}`, ...headers } })

describe('the tutorial over https', () => {
  it('sets a Secure __Host- cookie over https without forecasting a refusal', async () => {
    const reply = await overHttps('www.shop.test', '/set?key=__Host-id&value=1&secure=1&path=/')
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual(['__Host-id=1; Secure; Path=/'])
    expect(dom(reply.body).querySelector('.refused')).toBeNull()
    // Over http the same line is sent (that refusal is the lesson), and the page says why.
    const plain = await overHttp('www.shop.test', '/set?key=__Host-id&value=1&secure=1&path=/')
    expect(plain.setCookies).toEqual(['__Host-id=1; Secure; Path=/'])
    expect(textOf(dom(plain.body).querySelector('.refused'))).toMatch(/came over plain http/)
  })

  it('never sends Strict-Transport-Security, on either scheme', async () => {
    for (const path of ['/', '/set?key=a&value=1&secure=1', '/nope', '/embed']) {
      expect((await overHttps('www.shop.test', path)).headers).not.toHaveProperty(
        'strict-transport-security',
      )
      expect((await overHttp('www.shop.test', path)).headers).not.toHaveProperty(
        'strict-transport-security',
      )
    }
  })

  it('redirects keep the scheme they came in on', async () => {
    const secure = await overHttps('tracker.test', '/john?x=1')
    expect(secure.status).toBe(308)
    expect(secure.headers.location).toBe(`https://tracker.test:${server.httpsPort}/john/?x=1`)
    const plain = await overHttp('tracker.test', '/john?x=1')
    expect(plain.headers.location).toBe(`http://tracker.test:${server.port}/john/?x=1`)
  })

  it('checks Host the same way: another name is refused on the https port too', async () => {
    const reply = await tlsRequest({
      host: 'www.shop.test',
      port: server.httpsPort,
      path: '/',
      headers: { Host: 'attacker.example' },
      pin: server.certificate.spkiSha256,
    })
    expect(reply.status).toBe(421)
  })

  it("counts the tutorial's origins on both its ports as its own, and nothing else", async () => {
    const set = '/set?key=a&value=1&secure=1&samesite=None'
    const from = (origin: string) =>
      overHttps('tracker.test', set, { Origin: origin, 'Sec-Fetch-Site': 'cross-site' })
    expect((await from(`https://www.shop.test:${server.httpsPort}`)).status).toBe(200)
    // The http pages link to the https ones (the playground's https choice).
    expect((await from(`http://www.shop.test:${server.port}`)).status).toBe(200)
    for (const origin of [
      'https://attacker.example',
      `https://www.shop.test:${server.port}`,
      `http://www.shop.test:${server.httpsPort}`,
      'https://www.shop.test',
    ]) {
      expect((await from(origin)).status, origin).toBe(403)
    }
  })
})

describe('the https choice', () => {
  it('the /set page links to the same request on the other scheme', async () => {
    const query = '?key=theme&value=dark&secure=1'
    const plain = dom((await overHttp('www.shop.test', `/set${query}`)).body)
    const link = [...plain.querySelectorAll('a')].find((a) => /over https/.test(textOf(a)))
    expect(link?.getAttribute('href')).toBe(`https://www.shop.test:${server.httpsPort}/set${query}`)
    const secure = dom((await overHttps('www.shop.test', `/set${query}`)).body)
    const back = [...secure.querySelectorAll('a')].find((a) => /over http$/.test(textOf(a)))
    expect(back?.getAttribute('href')).toBe(`http://www.shop.test:${server.port}/set${query}`)
    // The Flask call shown is the same on both.
    expect(textOf(secure.querySelector('pre code'))).toBe(textOf(plain.querySelector('pre code')))
  })

  it('offers none for a host the certificate does not name', async () => {
    const page = dom((await overHttp('other.test', '/set?key=a')).body)
    expect([...page.querySelectorAll('a')].some((a) => /over https/.test(textOf(a)))).toBe(false)
    expect(page.querySelector('button[formaction]')).toBeNull()
  })

  it('the playground form can send to the https origin, and its CSP lets it', async () => {
    const reply = await overHttp('localhost', '/playground?key=a')
    const button = dom(reply.body).querySelector('button[formaction]')
    expect(button?.getAttribute('formaction')).toBe(`https://localhost:${server.httpsPort}/set`)
    expect(cspOf(reply.headers).get('form-action')).toEqual([
      "'self'",
      `https://localhost:${server.httpsPort}`,
    ])
    expect(dom(reply.body).querySelector('input[name="partitioned"]')).not.toBeNull()
  })
})

describe('embedding another tutorial site', () => {
  it('/embed frames tracker.test/set on the same scheme, and only tutorial hosts may be framed', async () => {
    const reply = await overHttps(
      'www.shop.test',
      '/embed?site=tracker.test&key=part&value=1&secure=1&samesite=None&partitioned=1',
    )
    expect(reply.status).toBe(200)
    const frame = dom(reply.body).querySelector('iframe')
    expect(frame?.getAttribute('src')).toBe(
      `https://tracker.test:${server.httpsPort}/set?key=part&value=1&secure=1&samesite=None&partitioned=1`,
    )
    const frameSrc = cspOf(reply.headers).get('frame-src') ?? []
    expect(frameSrc).toContain(`https://tracker.test:${server.httpsPort}`)
    expect(frameSrc.every((source) => /^https?:\/\/[a-z0-9.]+:\d+$/.test(source))).toBe(true)
    expect(frameSrc).not.toContain('*')
    expect((await overHttps('www.shop.test', '/embed?site=attacker.example')).status).toBe(400)
    // Over http it says why the lesson needs https, and links there.
    const plain = dom((await overHttp('www.shop.test', '/embed?site=tracker.test&key=a')).body)
    expect(plain.querySelector('.note a')?.getAttribute('href')).toBe(
      `https://www.shop.test:${server.httpsPort}/embed?site=tracker.test&key=a`,
    )
    expect(dom(reply.body).querySelector('.note')).toBeNull()
  })

  it('/set may be framed by tutorial pages only; other pages by none', async () => {
    const set = await overHttps('tracker.test', '/set?key=a')
    const ancestors = cspOf(set.headers).get('frame-ancestors') ?? []
    expect(ancestors).toContain(`https://www.shop.test:${server.httpsPort}`)
    expect(ancestors).toContain(`http://www.shop.test:${server.port}`)
    expect(ancestors.some((source) => source.includes('*'))).toBe(false)
    expect(cspOf((await overHttps('tracker.test', '/')).headers).get('frame-ancestors')).toEqual([
      "'none'",
    ])
  })

  it('/set sends Partitioned last, as Werkzeug writes it, and shows partitioned=True', async () => {
    const reply = await overHttps(
      'tracker.test',
      '/set?key=part&value=1&secure=1&samesite=None&partitioned=1',
    )
    expect(reply.setCookies).toEqual(['part=1; Secure; Path=/; SameSite=None; Partitioned'])
    expect(textOf(dom(reply.body).querySelector('pre code'))).toBe(
      "resp.set_cookie('part', '1', secure=True, samesite='None', partitioned=True)",
    )
    const insecure = await overHttps('tracker.test', '/set?key=part&value=1&partitioned=1')
    expect(textOf(dom(insecure.body).querySelector('.refused'))).toMatch(
      /Partitioned without Secure/,
    )
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe('lifecycle of the https listener', () => {
  it('close() closes both listeners', async () => {
    const own = await startTutorialServer()
    expect(await canConnect(own.httpsPort)).toBe(true)
    await own.close()
    expect(await canConnect(own.port)).toBe(false)
    expect(await canConnect(own.httpsPort)).toBe(false)
  })

  it('a busy https port is a PortInUseError, and leaves nothing listening', async () => {
    const httpPort = await freePort()
    const attempt = startTutorialServer({ port: httpPort, httpsPort: server.httpsPort })
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError)
    await expect(attempt).rejects.toMatchObject({ port: server.httpsPort, scheme: 'https' })
    await expect(attempt).rejects.toThrow(`port ${server.httpsPort} (for https) is in use`)
    expect(await canConnect(httpPort)).toBe(false)
    // The server holding it is unharmed.
    expect((await overHttps('localhost', '/')).status).toBe(200)
  })
})
