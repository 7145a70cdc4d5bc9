import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTutorialServer, type TutorialServer } from '../../../src/core/server'
import { TUTORIAL_ROUTES, findTutorialRoute } from '../../../src/shared/tutorial-routes'
import { dom, postForm, request, textOf } from './server-client'

interface SeedCase {
  method: string
  url: string
  form: Record<string, string> | null
  cookie: string | null
  status: number
  setCookie: string[]
  allow: string | null
  location: string | null
}

const seedApps = JSON.parse(
  readFileSync(new URL('../../fixtures/flask/seed-apps.json', import.meta.url), 'utf8'),
) as { nowMs: number; cases: SeedCase[] }

let server: TutorialServer

beforeAll(async () => {
  server = await startTutorialServer({ now: () => seedApps.nowMs })
})
afterAll(() => server.close())

const get = (path: string, headers: Record<string, string> = {}) =>
  request(server.url, path, { headers })

describe('answers each seed request as Flask 2.2 does', () => {
  for (const c of seedApps.cases) {
    it(`${c.method} ${c.url}${c.cookie ? ` (Cookie: ${c.cookie})` : ''}${c.form ? ` ${JSON.stringify(c.form)}` : ''}`, async () => {
      const headers: Record<string, string> = c.cookie ? { Cookie: c.cookie } : {}
      const reply = c.form
        ? await postForm(server.url, c.url, c.form, headers)
        : await request(server.url, c.url, { method: c.method, headers })
      expect(reply.status).toBe(c.status)
      expect(reply.setCookies).toEqual(c.setCookie)
      if (c.allow) {
        const methods = (s: string) =>
          s
            .split(',')
            .map((m) => m.trim())
            .sort()
        expect(methods(String(reply.headers.allow))).toEqual(methods(c.allow))
      }
      if (c.location) {
        expect(new URL(String(reply.headers.location)).pathname).toBe(new URL(c.location).pathname)
      }
    })
  }
})

describe('the seed pages', () => {
  it('GET / is the login form of seeds 000/001', async () => {
    const { status, body } = await get('/')
    expect(status).toBe(200)
    const page = dom(body)
    expect(textOf(page.querySelector('h1'))).toBe('Enter userID')
    const form = page.querySelector('form')
    expect(form?.getAttribute('action')).toBe('/setcookie')
    expect(form?.getAttribute('method')).toBe('POST')
    const input = form?.querySelector('input[name="nm"]')
    expect(input?.type).toBe('text')
    expect(page.querySelector(`label[for="${input?.id}"]`)).not.toBeNull()
    expect(form?.querySelector('input[type="submit"]')?.value).toBe('Login')
  })

  it('POST /setcookie sets userID and links to /getcookie', async () => {
    const reply = await postForm(server.url, '/setcookie', { nm: 'alice' })
    expect(reply.setCookies).toEqual(['userID=alice; Path=/'])
    const page = dom(reply.body)
    expect(page.querySelector('a[href="/getcookie"]')).not.toBeNull()
    expect(textOf(page.querySelector('pre.wire'))).toBe('Set-Cookie: userID=alice; Path=/')
  })

  it('POST /setcookie takes a charset parameter on the form type', async () => {
    const reply = await postForm(
      server.url,
      '/setcookie',
      { nm: 'bob' },
      {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
      },
    )
    expect(reply.setCookies).toEqual(['userID=bob; Path=/'])
  })

  it('GET /getcookie welcomes the userID, escaped', async () => {
    const ok = await get('/getcookie', { Cookie: 'userID=alice' })
    expect(textOf(dom(ok.body).querySelector('h1'))).toBe('welcome alice')
    const hostile = await get('/getcookie', {
      Cookie: 'userID="<script>alert(1)</script>"',
    })
    expect(textOf(dom(hostile.body).querySelector('h1'))).toBe('welcome <script>alert(1)</script>')
    expect(hostile.body).not.toContain('<script>alert')
  })

  it('GET /getcookie reads a quoted, escaped value back as Flask does', async () => {
    const reply = await get('/getcookie', {
      Cookie: 'userID="semi\\073colon \\"quoted\\" \\303\\251"',
    })
    expect(textOf(dom(reply.body).querySelector('h1'))).toBe('welcome semi;colon "quoted" é')
  })

  it('GET /getcookie without the cookie explains instead of crashing', async () => {
    const reply = await get('/getcookie', { Cookie: 'other=1' })
    expect(reply.status).toBe(200)
    const page = dom(reply.body)
    expect(textOf(page.querySelector('h1'))).toBe('No userID cookie was sent')
    expect(page.querySelector('main a[href="/"]')).not.toBeNull()
    expect(textOf(page.querySelector('pre.wire'))).toBe('Cookie: other=1')
  })

  it('GET /cookies lists the cookies the request carried and shows document.cookie live', async () => {
    const reply = await get('/cookies', { Cookie: 'a=1; b="two words"; ; c=' })
    expect(reply.setCookies).toEqual(['username=root; Path=/'])
    const page = dom(reply.body)
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    )
    expect(rows).toEqual([
      ['a', '1'],
      ['b', 'two words'],
      ['c', ''],
    ])
    expect(page.querySelector('output#document-cookie')).not.toBeNull()
    const write = page.querySelector('form#write-cookie')
    expect(write?.querySelectorAll('input[type="text"]')).toHaveLength(2)
    expect(write?.querySelector('button')?.textContent).toBe('Write cookie')
    expect(page.querySelector('script')?.textContent).toContain(
      "document.cookie = name + '=' + value",
    )
  })

  it('GET /cookies runs its script only by the nonce the CSP names', async () => {
    const reply = await get('/cookies')
    const csp = String(reply.headers['content-security-policy'])
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    const scripts = [...dom(reply.body).querySelectorAll('script')]
    expect(scripts.map((script) => script.getAttribute('nonce'))).toEqual([nonce])
    const again = await get('/cookies')
    expect(again.headers['content-security-policy']).not.toBe(csp)
  })

  it('GET /john/ greets username, or None', async () => {
    const h1 = async (path: string, headers = {}) =>
      textOf(dom((await get(path, headers)).body).querySelector('h1'))
    expect(await h1('/john/', { Cookie: 'username="John Doe"' })).toBe('Hello, John Doe')
    expect(await h1('/john/')).toBe('Hello, None')
  })

  it('GET /askpython/getcookie names the site', async () => {
    const h1 = async (path: string, headers = {}) =>
      textOf(dom((await get(path, headers)).body).querySelector('h1'))
    expect(await h1('/askpython/getcookie', { Cookie: 'Name=AskPython' })).toBe(
      'The Site : AskPython',
    )
    expect(await h1('/askpython/getcookie')).toBe('The Site : None')
    expect(await h1('/askpython/setcookie')).toBe('The Cookie has been Set')
  })

  it('GET /playground is a form with every set_cookie parameter, posting to /set', async () => {
    const { body } = await get('/playground?key=theme&secure=on&samesite=lax')
    const form = dom(body).querySelector('form')
    expect(form?.getAttribute('action')).toBe('/set')
    expect(form?.getAttribute('method')).toBe('get')
    const names = [...(form?.querySelectorAll('input[name], select[name]') ?? [])].map((field) =>
      field.getAttribute('name'),
    )
    expect(names).toEqual([
      'key',
      'value',
      'max_age',
      'expires',
      'path',
      'domain',
      'secure',
      'httponly',
      'samesite',
      'partitioned',
    ])
    for (const field of form?.querySelectorAll('input[name], select[name]') ?? []) {
      expect(form?.querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull()
    }
    expect(form?.querySelector('[name="key"]')?.value).toBe('theme')
    expect(form?.querySelector('[name="secure"]')?.checked).toBe(true)
    expect(form?.querySelector('[name="httponly"]')?.checked).toBe(false)
    expect(form?.querySelector('[name="samesite"]')?.value).toBe('Lax')
  })

  it('every route page credits its seed and shows its Flask code', async () => {
    for (const route of TUTORIAL_ROUTES) {
      const reply =
        route.method === 'POST'
          ? await postForm(server.url, route.path, { nm: 'x' })
          : await get(route.path === '/set' ? '/set?key=k' : route.path)
      expect(reply.status, route.path).toBe(200)
      const page = dom(reply.body)
      const seed = page.querySelector('section.seed')
      expect(textOf(seed), route.path).toContain(`Re-enacts seed ${route.seed}`)
      expect(seed?.querySelector('pre code')?.textContent, route.path).toBe(route.flask)
      expect(
        page
          .querySelector('nav[aria-label="Tutorial routes"] a[aria-current="page"]')
          ?.getAttribute('href'),
        route.path,
      ).toBe(
        ['/set', '/cross-site/report'].includes(route.path) || route.method === 'POST'
          ? undefined
          : route.path,
      )
    }
  })

  it('HEAD answers like GET without a body, as Flask does', async () => {
    const reply = await request(server.url, '/john/set', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.setCookies).toEqual(['username="John Doe"; Path=/'])
    expect(reply.body).toBe('')
  })

  it('OPTIONS names the allowed methods', async () => {
    const reply = await request(server.url, '/setcookie', { method: 'OPTIONS' })
    expect(reply.status).toBe(200)
    expect(reply.headers.allow).toBe('OPTIONS, POST')
  })

  it('GET /setcookie is a 405 that points to the form', async () => {
    const reply = await get('/setcookie')
    expect(reply.status).toBe(405)
    const page = dom(reply.body)
    expect(textOf(page.querySelector('h1'))).toBe('Use the form')
    expect(page.querySelector('main a[href="/"]')).not.toBeNull()
    expect(reply.setCookies).toEqual([])
  })

  it('unknown paths get a 404 listing the routes, with the path escaped', async () => {
    const reply = await get('/nope/%3Cb%3Ehi%3C%2Fb%3E')
    expect(reply.status).toBe(404)
    const page = dom(reply.body)
    expect(page.querySelector('main b')).toBeNull()
    expect(textOf(page.querySelector('main p code'))).toBe('/nope/<b>hi</b>')
    const listed = [...page.querySelectorAll('main tbody tr')].map((row) => textOf(row.children[1]))
    expect(listed).toEqual(TUTORIAL_ROUTES.map((route) => route.path))
  })

  it('serves a real favicon', async () => {
    const reply = await new Promise<Buffer>((resolve, reject) => {
      fetch(`${server.url}/favicon.ico`)
        .then(async (res) => {
          expect(res.status).toBe(200)
          expect(res.headers.get('content-type')).toBe('image/x-icon')
          resolve(Buffer.from(await res.arrayBuffer()))
        })
        .catch(reject)
    })
    // ICONDIR: reserved 0, type 1 (icon), one image of 16x16 at 32 bits.
    expect([...reply.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 16, 16])
    expect(reply.readUInt32LE(14)).toBe(reply.length - 22)
  })

  it('sends its security headers on every page', async () => {
    // /set may be framed by the tutorial's own pages (https-pages.test.ts); nothing else may be.
    for (const path of ['/', '/nope', '/playground']) {
      const { headers } = await get(path)
      const csp = String(headers['content-security-policy'])
      for (const part of [
        "default-src 'none'",
        "script-src 'nonce-",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
      ]) {
        expect(csp, path).toContain(part)
      }
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['cache-control']).toBe('no-store')
      expect(headers['content-type']).toBe('text/html; charset=utf-8')
    }
  })
})

describe('findTutorialRoute', () => {
  it('finds routes by method and exact path, HEAD as GET', () => {
    expect(findTutorialRoute('POST', '/setcookie')?.seed).toBe('000/001')
    expect(findTutorialRoute('head', '/john/set')?.path).toBe('/john/set')
    expect(findTutorialRoute('GET', '/setcookie')).toBeUndefined()
    expect(findTutorialRoute('GET', '/john')).toBeUndefined()
  })
})
