import { describe, expect, it } from 'vitest'
import { forecastCookie } from '../../../src/core/server/cookie-refusals'
import { allowedHostname } from '../../../src/core/server/host-check'
import { escapeHtml, html, inlineScript, SafeHtml } from '../../../src/core/server/html'
import { HttpError } from '../../../src/core/server/http-error'
import { parseUrlEncoded, percentDecode } from '../../../src/core/server/url-encoded'
import {
  flaskSetCookieCall,
  pythonStringLiteral,
  readPlaygroundQuery,
} from '../../../src/shared/flask-call'

describe('html', () => {
  it('escapes every interpolated value unless it is SafeHtml', () => {
    const evil = `<img src=x onerror="alert('x')">&`
    expect(html`<p title="${evil}">${evil}</p>`.text).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">' +
        '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    )
    expect(html`<div>${html`<b>${evil}</b>`}</div>`.text).toBe(
      `<div><b>${escapeHtml(evil)}</b></div>`,
    )
  })

  it('joins arrays and drops null, undefined and false', () => {
    expect(html`${['<a>', new SafeHtml('<b>'), null, undefined, false, 0]}`.text).toBe(
      '&lt;a&gt;<b>0',
    )
  })

  it('refuses an inline script that could close itself', () => {
    expect(inlineScript('n0nce', 'run()').text).toBe('<script nonce="n0nce">run()</script>')
    expect(() => inlineScript('n', 'x = "</SCRIPT><b>"')).toThrow()
  })
})

describe('allowedHostname', () => {
  it('gives the lower-cased name without the port', () => {
    expect(allowedHostname('WWW.Shop.TEST:5000')).toBe('www.shop.test')
    expect(allowedHostname('[::1]:80')).toBe('[::1]')
    expect(allowedHostname('localhost')).toBe('localhost')
  })

  it('refuses what is not a loopback or reserved name', () => {
    for (const host of [
      undefined,
      '',
      'example.com',
      '.test',
      'x..test',
      '-a.test',
      '[::2]',
      '127.0.0.1:99999x',
    ]) {
      expect(allowedHostname(host), String(host)).toBeNull()
    }
  })
})

describe('url-encoded', () => {
  it('decodes + as space and UTF-8 escapes, first value wins', () => {
    const fields = parseUrlEncoded('nm=John+Doe&nm=second&k=%C3%A9%2B&flag&&=empty')
    expect([...fields]).toEqual([
      ['nm', 'John Doe'],
      ['k', 'é+'],
      ['flag', ''],
      ['', 'empty'],
    ])
  })

  it('keeps + in a path', () => {
    expect(percentDecode('/a+b%20c', false)).toBe('/a+b c')
  })

  it('throws a 400 on a broken escape or bytes that are not UTF-8', () => {
    for (const bad of ['%', '%4', '%G0', '%C3', '%C3%28']) {
      expect(() => percentDecode(bad, true), bad).toThrow(HttpError)
    }
  })
})

describe('forecastCookie', () => {
  const now = Date.UTC(2025, 0, 1)

  it('finds nothing wrong with a plain cookie', () => {
    expect(forecastCookie({ key: 'userID', value: 'alice' }, '127.0.0.1', now)).toEqual({
      refusals: [],
      notes: [],
    })
  })

  it('lets loopback set Secure over http, but not a .test name', () => {
    expect(forecastCookie({ key: 'a', secure: true }, 'localhost', now).refusals).toEqual([])
    expect(forecastCookie({ key: 'a', secure: true }, 'www.shop.test', now).refusals).toHaveLength(
      1,
    )
  })

  it('checks the cookie prefixes', () => {
    expect(forecastCookie({ key: '__Secure-a' }, '127.0.0.1', now).refusals).toHaveLength(1)
    expect(
      forecastCookie({ key: '__Host-a', secure: true, path: '/x' }, '127.0.0.1', now).refusals,
    ).toHaveLength(1)
    expect(forecastCookie({ key: '__Host-a', secure: true }, '127.0.0.1', now).refusals).toEqual([])
  })

  it('matches Domain against the host, an IP only exactly', () => {
    const refused = (domain: string, host: string) =>
      forecastCookie({ key: 'a', domain }, host, now).refusals.length > 0
    expect(refused('shop.test', 'www.shop.test')).toBe(false)
    expect(refused('.SHOP.test', 'shop.test')).toBe(false)
    expect(refused('shop.test', 'myshop.test')).toBe(true)
    expect(refused('127.0.0.1', '127.0.0.1')).toBe(false)
    expect(refused('0.0.1', '127.0.0.1')).toBe(true)
  })

  it('counts the value as sent, quotes and escapes included', () => {
    // 2047 × é is 4094 bytes of UTF-8, but 16376 once Werkzeug escapes each byte.
    expect(
      forecastCookie({ key: 'a', value: 'é'.repeat(2047) }, 'localhost', now).refusals[0],
    ).toMatch(/16379 bytes/)
    expect(
      forecastCookie({ key: 'a', value: 'x'.repeat(4095) }, 'localhost', now).refusals,
    ).toEqual([])
  })

  it('notes deletions and names a browser will read differently', () => {
    expect(forecastCookie({ key: 'a', expires: 0 }, 'localhost', now).notes[0]).toMatch(/past/)
    expect(forecastCookie({ key: 'a', max_age: 0 }, 'localhost', now).notes[0]).toMatch(/zero/)
    expect(forecastCookie({ key: 'a=b' }, 'localhost', now).notes[0]).toMatch(/first "="/)
    expect(forecastCookie({ key: 'a', path: 'x' }, 'localhost', now).notes[0]).toMatch(
      /default path/,
    )
  })
})

describe('flaskSetCookieCall', () => {
  it('writes only what differs from Flask defaults, path=None explicitly', () => {
    expect(flaskSetCookieCall({ key: 'theme', value: 'dark', max_age: 60, samesite: 'Lax' })).toBe(
      "resp.set_cookie('theme', 'dark', max_age=60, samesite='Lax')",
    )
    expect(flaskSetCookieCall({ key: 'a', path: null, secure: false }, 'response')).toBe(
      "response.set_cookie('a', '', path=None)",
    )
  })

  it('escapes strings as Python repr() does', () => {
    expect(pythonStringLiteral(`it's`)).toBe(`"it's"`)
    expect(pythonStringLiteral(`it's "x"`)).toBe(`'it\\'s "x"'`)
    expect(pythonStringLiteral('\u2028\u00a0\u00e9\ud83d\ude00\u200b')).toBe(
      "'\\u2028\\xa0é😀\\u200b'",
    )
  })
})

describe('readPlaygroundQuery', () => {
  const read = (query: string) => readPlaygroundQuery(new URLSearchParams(query))

  it("reads every parameter, empty meaning Flask's default", () => {
    expect(
      read('key=a&value=b&max_age=+60&expires=-0&path=&domain=&secure=YES&httponly=0&samesite='),
    ).toEqual({
      ok: true,
      params: {
        key: 'a',
        value: 'b',
        max_age: 60,
        expires: 0,
        path: '/',
        domain: null,
        secure: true,
        httponly: false,
        samesite: null,
        partitioned: false,
      },
    })
    const partitioned = read('key=a&secure=1&samesite=None&partitioned=on')
    expect(partitioned.ok && partitioned.params.partitioned).toBe(true)
    expect(read('key=a&partitioned=maybe')).toEqual({
      ok: false,
      field: 'partitioned',
      problem: 'not-a-flag',
    })
  })

  it('names the field and the problem when it cannot', () => {
    expect(read('value=1')).toEqual({ ok: false, field: 'key', problem: 'missing' })
    expect(read('key=a&expires=1e3')).toEqual({
      ok: false,
      field: 'expires',
      problem: 'not-an-integer',
    })
    expect(read('key=a&max_age=99999999999999999999')).toEqual({
      ok: false,
      field: 'max_age',
      problem: 'not-an-integer',
    })
    expect(read('key=a&httponly=si')).toEqual({
      ok: false,
      field: 'httponly',
      problem: 'not-a-flag',
    })
  })
})
