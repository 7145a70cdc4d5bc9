// The cross-site lesson's pages over real sockets: what their CSP lets them reach, who may read
// the report, and what they refuse.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTutorialServer, type TutorialServer } from '../../../src/core/server'
import { cspOf, dom, request, textOf } from './server-client'

let server: TutorialServer

beforeAll(async () => {
  server = await startTutorialServer()
})
afterAll(() => server.close())

const overHttp = (host: string, path: string, headers: Record<string, string> = {}) =>
  request(server.url, path, { headers: { Host: `${host}:${server.port}`, ...headers } })

describe('the cross-site lesson pages', () => {
  it('lets the calling page reach exactly the tutorial origins, and no other page any', async () => {
    const page = await overHttp('www.shop.test', '/cross-site?site=tracker.test')
    expect(page.status).toBe(200)
    const policy = cspOf(page.headers)
    const tracker = `http://tracker.test:${server.port}`
    for (const directive of ['img-src', 'form-action', 'connect-src']) {
      expect(policy.get(directive), directive).toContain(tracker)
      expect(policy.get(directive), directive).toContain(`https://tracker.test:${server.httpsPort}`)
      expect(policy.get(directive)?.join(' '), directive).not.toMatch(/\*|evil|https?:\s|data:/)
    }
    const form = dom(page.body).querySelector('#call-form')
    expect(form?.getAttribute('action')).toBe(`${tracker}/cross-site/report?via=form`)

    const other = cspOf((await overHttp('www.shop.test', '/getcookie')).headers)
    expect(other.get('img-src')).toEqual(["'self'"])
    expect(other.get('connect-src')).toEqual(["'self'"])
  })

  it('refuses a site that is not the tutorial’s, and calling itself', async () => {
    const foreign = await overHttp('www.shop.test', '/cross-site?site=evil.example')
    expect(foreign.status).toBe(400)
    expect(foreign.body).not.toContain('evil.example/cross-site/report')
    expect((await overHttp('tracker.test', '/cross-site?site=tracker.test')).status).toBe(400)
  })

  it('stores one cookie per SameSite value, SameSite=None only where it can be Secure', async () => {
    const setup = await overHttp('tracker.test', '/cross-site/setup?from=www.shop.test', {
      'Sec-Fetch-Site': 'none',
    })
    expect(setup.setCookies).toEqual([
      'strict=1; Path=/; SameSite=Strict',
      'lax=1; Path=/; SameSite=Lax',
      'unspecified=1; Path=/',
    ])
    expect(dom(setup.body).querySelector('#next')?.getAttribute('href')).toBe(
      `http://www.shop.test:${server.port}/cross-site?site=tracker.test`,
    )
  })

  it('lets a tutorial page read the report by CORS, and no other origin', async () => {
    const shop = `http://www.shop.test:${server.port}`
    const allowed = await overHttp('tracker.test', '/cross-site/report?via=fetch', {
      Origin: shop,
      Cookie: 'lax=1; none=1',
    })
    expect(allowed.headers['access-control-allow-origin']).toBe(shop)
    expect(allowed.headers['access-control-allow-credentials']).toBe('true')
    expect(textOf(dom(allowed.body).querySelector('#sent'))).toBe('came: lax, none')

    const stranger = await overHttp('tracker.test', '/cross-site/report?via=fetch', {
      Origin: 'http://evil.example',
    })
    expect(stranger.status).toBe(200)
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined()
    // Another port of the same host is another app, not the tutorial.
    const otherPort = await overHttp('tracker.test', '/cross-site/report', {
      Origin: `http://www.shop.test:${server.port + 1}`,
    })
    expect(otherPort.headers['access-control-allow-origin']).toBeUndefined()
  })
})
