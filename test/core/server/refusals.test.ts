import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES, MAX_HEADER_BYTES } from '../../../src/core/server'
import {
  dom,
  postForm,
  rawExchange,
  rawStatus,
  request,
  textOf,
  tutorialServerForThisFile,
} from './server-client'

const served = tutorialServerForThisFile()
const get = served.get

async function stillUp(): Promise<void> {
  const reply = await get('/')
  expect(reply.status).toBe(200)
}

describe('the playground refuses what cannot be sent, with a 400 page and the form', () => {
  const refusals: [string, string, RegExp][] = [
    ['no key at all', '/set', /needs a name/],
    ['an empty key', '/set?key=&value=v', /needs a name/],
    ['CR in the key', '/set?key=a%0Db', /carriage return/],
    ['LF in the value', '/set?key=a&value=x%0ASet-Cookie:%20evil=1', /line feed/],
    ['NUL in the value', '/set?key=a&value=x%00y', /NUL/],
    ['LF in the path', '/set?key=a&path=/x%0Ay', /line feed/],
    ['CR in the domain', '/set?key=a&domain=shop.test%0D', /carriage return/],
    ['a control character in the key', '/set?key=a%01b', /control character/],
    ['an unknown samesite', '/set?key=a&samesite=sideways', /SameSite must be/],
    ['a samesite with a trailing space', '/set?key=a&samesite=Lax%20', /SameSite must be/],
    ['a max_age that is not a number', '/set?key=a&max_age=soon', /max_age must be a whole number/],
    ['a fractional max_age', '/set?key=a&max_age=1.5', /max_age must be a whole number/],
    ['a fractional expires', '/set?key=a&expires=1.5', /expires must be a whole number/],
    ['an expires past year 9999', '/set?key=a&expires=253402300800', /years 1 to 9999/],
    ['a max_age past year 9999', '/set?key=a&max_age=999999999999', /years 1 to 9999/],
    ['a secure that is neither', '/set?key=a&secure=maybe', /secure must be yes or no/],
    ['an httponly that is neither', '/set?key=a&httponly=2', /httponly must be yes or no/],
    [
      'a domain without a dot, which Werkzeug refuses',
      '/set?key=a&domain=localhost',
      /without a dot/,
    ],
    ['a path that names a host', '/set?key=a&path=//evil.test/x', /names a host/],
  ]
  for (const [what, path, reason] of refusals) {
    it(what, async () => {
      const reply = await get(path)
      expect(reply.status).toBe(400)
      expect(reply.setCookies).toEqual([])
      const page = dom(reply.body)
      expect(textOf(page.querySelector('main'))).toMatch(reason)
      expect(page.querySelector('main form[action="/set"]')).not.toBeNull()
    })
  }

  it('fills the form on the 400 page with what was sent, escaped', async () => {
    const reply = await get('/set?value=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&max_age=x')
    const page = dom(reply.body)
    expect(page.querySelector('main script')).toBeNull()
    expect(page.querySelector('[name="value"]')?.value).toBe('"><script>alert(1)</script>')
  })
})

describe('the playground still sends what a browser will refuse, and says why', () => {
  it('SameSite=None without Secure', async () => {
    const reply = await get('/set?key=cross&value=1&samesite=none')
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual(['cross=1; Path=/; SameSite=None'])
    expect(textOf(dom(reply.body).querySelector('.refused'))).toMatch(/SameSiteNoneInsecure/)
  })

  it('a 5 KB value', async () => {
    const value = 'v'.repeat(5 * 1024)
    const reply = await get(`/set?key=big&value=${value}`)
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual([`big=${value}; Path=/`])
    expect(textOf(dom(reply.body).querySelector('.refused'))).toMatch(/5123 bytes .* 4096 bytes/)
  })

  it('a domain this host cannot set', async () => {
    const reply = await get('/set?key=a&value=1&domain=shop.test', { Host: 'tracker.test' })
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual(['a=1; Domain=shop.test; Path=/'])
    expect(textOf(dom(reply.body).querySelector('.refused'))).toMatch(
      /Domain=shop\.test, but this page's host is tracker\.test/,
    )
  })

  it('a parent domain the host may set raises no alarm', async () => {
    const reply = await get('/set?key=a&value=1&domain=.shop.test', { Host: 'www.shop.test:5000' })
    expect(reply.setCookies).toEqual(['a=1; Domain=.shop.test; Path=/'])
    expect(dom(reply.body).querySelector('.refused')).toBeNull()
  })

  it('shows the Flask call and the header it produced', async () => {
    const reply = await get('/set?key=theme&value=dark&max_age=60&samesite=lax&secure=TRUE')
    const page = dom(reply.body)
    expect(textOf(page.querySelector('main pre code'))).toBe(
      "resp.set_cookie('theme', 'dark', max_age=60, secure=True, samesite='lax')",
    )
    expect(textOf(page.querySelector('pre.wire'))).toBe(`Set-Cookie: ${reply.setCookies[0]}`)
    expect(reply.setCookies[0]).toMatch(
      /^theme=dark; Expires=\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT; Max-Age=60; Secure; Path=\/; SameSite=Lax$/,
    )
  })

  it('takes 0/false/no/off and empty as off', async () => {
    for (const off of ['0', 'false', 'No', 'OFF', '']) {
      const reply = await get(`/set?key=a&secure=${off}&httponly=${off}`)
      expect(reply.setCookies, off).toEqual(['a=; Path=/'])
    }
  })
})

describe('the login form refuses what it cannot set', () => {
  it('no nm field: 400, no cookie', async () => {
    const reply = await postForm(served.server.url, '/setcookie', { name: 'alice' })
    expect(reply.status).toBe(400)
    expect(reply.setCookies).toEqual([])
    expect(textOf(dom(reply.body).querySelector('main'))).toMatch(/no form field named nm/)
  })

  it('a body that is not a URL-encoded form: 400, saying so', async () => {
    const reply = await request(served.server.url, '/setcookie', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'nm=alice',
    })
    expect(reply.status).toBe(400)
    expect(textOf(dom(reply.body).querySelector('main'))).toMatch(/not a URL-encoded form/)
  })

  it('CR/LF in nm: 400, no cookie', async () => {
    const reply = await postForm(served.server.url, '/setcookie', {
      nm: 'alice\r\nSet-Cookie: admin=1',
    })
    expect(reply.status).toBe(400)
    expect(reply.setCookies).toEqual([])
  })

  it('a bad percent-escape in the body: 400', async () => {
    const reply = await request(served.server.url, '/setcookie', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'nm=%zz',
    })
    expect(reply.status).toBe(400)
    expect(textOf(dom(reply.body).querySelector('h1'))).toBe('Bad percent-encoding')
  })

  it('a body past the cap: 413, and the server stays up', async () => {
    const reply = await request(served.server.url, '/setcookie', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `nm=${'x'.repeat(MAX_BODY_BYTES)}`,
    })
    expect(reply.status).toBe(413)
    expect(reply.setCookies).toEqual([])
    await stillUp()
  })

  it('a chunked body past the cap: 413, and the server stays up', async () => {
    const chunk = 'x'.repeat(16 * 1024)
    const chunks = Array.from({ length: 6 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    const response = await rawExchange(
      served.server.port,
      'POST /setcookie HTTP/1.1\r\nHost: localhost\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n' +
        `3\r\nnm=\r\n${chunks.join('')}0\r\n\r\n`,
    )
    expect(rawStatus(response)).toBe(413)
    expect(response).not.toMatch(/^Set-Cookie:/im)
    await stillUp()
  })

  it('a 5 KB name is set, and the page warns', async () => {
    const reply = await postForm(served.server.url, '/setcookie', { nm: 'n'.repeat(5000) })
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual([`userID=${'n'.repeat(5000)}; Path=/`])
    expect(textOf(dom(reply.body).querySelector('.refused'))).toMatch(/4096 bytes/)
  })
})

describe('Host check against DNS rebinding', () => {
  for (const host of [
    'localhost',
    'LOCALHOST:5000',
    '127.0.0.1',
    '127.0.0.1:1',
    '[::1]:5000',
    'www.shop.test',
    'api.shop.test:5000',
    'tracker.test',
    'lab.localhost:80',
  ]) {
    it(`accepts ${host}`, async () => {
      const reply = await get('/askpython/setcookie', { Host: host })
      expect(reply.status).toBe(200)
      expect(reply.setCookies).toEqual(['Name=AskPython; Path=/'])
    })
  }

  for (const host of [
    'evil.example',
    'attacker.com:5000',
    'test',
    'shop.test.evil.com',
    '127.0.0.2',
    '0.0.0.0',
    'localhost.evil.com',
    'a_b.test',
    'shop.test:notaport',
  ]) {
    it(`refuses ${host} with 421 and no cookie`, async () => {
      const reply = await get('/askpython/setcookie', { Host: host })
      expect(reply.status).toBe(421)
      expect(reply.setCookies).toEqual([])
      expect(textOf(dom(reply.body).querySelector('main'))).toMatch(/DNS-rebinding/)
    })
  }

  it('echoes a refused Host escaped', async () => {
    const reply = await get('/', { Host: '<img src=x onerror=alert(1)>' })
    expect(reply.status).toBe(421)
    const page = dom(reply.body)
    expect(page.querySelector('main img')).toBeNull()
    expect(textOf(page.querySelector('main'))).toContain('<img src=x onerror=alert(1)>')
  })

  it('refuses a request without Host', async () => {
    const response = await rawExchange(served.server.port, 'GET / HTTP/1.0\r\n\r\n')
    expect(rawStatus(response)).toBe(400)
    expect(response).toContain('No Host header')
  })
})

describe('headers and malformed requests', () => {
  function cookieHeader(count: number, valueLength: number): string {
    return Array.from({ length: count }, (_, i) => `c${i}=${'v'.repeat(valueLength)}`).join('; ')
  }

  it('reads hundreds of cookies in one request', async () => {
    const header = cookieHeader(600, 60)
    expect(header.length).toBeGreaterThan(40_000)
    expect(header.length).toBeLessThan(MAX_HEADER_BYTES - 1024)
    const reply = await get('/cookies', { Cookie: header })
    expect(reply.status).toBe(200)
    const rows = [...dom(reply.body).querySelectorAll('tbody tr')]
    expect(rows).toHaveLength(600)
    expect(textOf(rows[599]?.children[0])).toBe('c599')
  })

  it('answers a header just past the limit with a 431 page and stays up', async () => {
    const header = cookieHeader(1, MAX_HEADER_BYTES)
    const reply = await get('/cookies', { Cookie: header })
    expect(reply.status).toBe(431)
    expect(textOf(dom(reply.body).querySelector('h1'))).toBe('Request headers too large')
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
    await stillUp()
  })

  it('passes a header just under the limit', async () => {
    const reply = await get('/getcookie', {
      Cookie: `userID=${'u'.repeat(MAX_HEADER_BYTES - 2048)}`,
    })
    expect(reply.status).toBe(200)
  })

  it('answers a garbled request line with 400 and stays up', async () => {
    const response = await rawExchange(served.server.port, 'THIS IS NOT HTTP\r\n\r\n')
    expect(rawStatus(response)).toBe(400)
    expect(response).toContain('Malformed request')
    await stillUp()
  })

  it('answers a request target that is not a path with 400', async () => {
    const response = await rawExchange(
      served.server.port,
      'GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    )
    expect(rawStatus(response)).toBe(400)
  })

  it('answers a bad percent-escape in the path or query with 400', async () => {
    for (const path of ['/%zz', '/getcookie%', '/set?key=%E0%A4%A', '/set?key=%FF']) {
      const reply = await get(path)
      expect(reply.status, path).toBe(400)
      expect(textOf(dom(reply.body).querySelector('h1')), path).toBe('Bad percent-encoding')
    }
    await stillUp()
  })

  it('parses messy Cookie headers without error', async () => {
    const reply = await get('/cookies', { Cookie: ';; ; =x; a; b="unterminated; c=\\"q\\"; ;d=4;' })
    expect(reply.status).toBe(200)
    const names = [...dom(reply.body).querySelectorAll('tbody tr')].map((row) =>
      textOf(row.children[0]),
    )
    expect(names).toEqual(['a', 'b', 'c', 'd'])
  })

  it('redirects /john to /john/ keeping the query, as Werkzeug does', async () => {
    const reply = await get('/john?x=1')
    expect(reply.status).toBe(308)
    expect(reply.headers.location).toBe(`${served.server.url}/john/?x=1`)
  })

  it('refuses other methods with 405 and Allow', async () => {
    const reply = await request(served.server.url, '/getcookie', { method: 'DELETE' })
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD, OPTIONS')
  })
})
