import { afterEach, describe, expect, it } from 'vitest'
import {
  defaultCookiePath,
  explainSetCookie,
  explainStoredCookie,
} from '../../../src/shared/explain/cookie-attributes'
import { setMessageLocale } from '../../../src/shared/messages/format-message'
import { T0, makeCookie, makeParsed } from '../factories'

const sentenceFor = (list: { attribute: string; sentence: string }[], attribute: string) =>
  list.find((item) => item.attribute === attribute)?.sentence

describe('explainSetCookie', () => {
  const context = { url: 'http://127.0.0.1:5123/john/set', receivedAt: T0 }

  it('explains each attribute of a full line in one sentence', () => {
    const list = explainSetCookie(
      makeParsed({
        name: 'theme',
        value: 'dark',
        path: '/john',
        domain: 'shop.test',
        maxAge: 60,
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
      }),
      context,
    )
    expect(sentenceFor(list, 'Path=/john')).toMatch(/only to URLs under \/john/)
    expect(sentenceFor(list, 'Domain=shop.test')).toMatch(/every subdomain/)
    expect(sentenceFor(list, 'Max-Age=60')).toBe(
      'Deleted 60 seconds after it was set, even if the browser stays open.',
    )
    expect(sentenceFor(list, 'HttpOnly')).toMatch(/document\.cookie cannot see it/)
    expect(sentenceFor(list, 'Secure')).toMatch(/only over https/)
    expect(sentenceFor(list, 'SameSite=Lax')).toMatch(/following a link/)
  })

  it('calls a line without Expires or Max-Age a session cookie', () => {
    const list = explainSetCookie(makeParsed(), context)
    expect(sentenceFor(list, 'no Expires/Max-Age')).toBe(
      'A session cookie: gone when the browser session ends.',
    )
    expect(sentenceFor(list, 'no Domain')).toMatch(/only to 127\.0\.0\.1 itself/)
    expect(sentenceFor(list, 'no SameSite')).toMatch(/treats it as SameSite=Lax/)
  })

  it('reads an Expires in the past as Flask’s way of deleting', () => {
    const list = explainSetCookie(
      makeParsed({ value: '', expires: 'Thu, 01 Jan 1970 00:00:00 GMT', expiresAt: 0 }),
      context,
    )
    expect(sentenceFor(list, 'Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toMatch(
      /deletes the cookie at once.*expires=0/,
    )
  })

  it('says Max-Age wins when both are written, as Werkzeug does', () => {
    const list = explainSetCookie(
      makeParsed({ maxAge: 30, expires: 'Wed, 25 Nov 2026 10:00:30 GMT', expiresAt: T0 + 30_000 }),
      context,
    )
    expect(sentenceFor(list, 'Expires=Wed, 25 Nov 2026 10:00:30 GMT')).toMatch(/Max-Age wins/)
  })

  it('measures a future Expires from when the response arrived', () => {
    const list = explainSetCookie(
      makeParsed({ expires: 'x', expiresAt: T0 + 2 * 3_600_000 }),
      context,
    )
    expect(sentenceFor(list, 'Expires=x')).toMatch(/about 2 hours after it was set/)
  })

  it('gives the default path of a line without Path: the folder of the URL', () => {
    const list = explainSetCookie(makeParsed({ path: undefined }), context)
    expect(sentenceFor(list, 'no Path')).toMatch(/^Defaults to \/john, the folder/)
  })

  it('warns that SameSite=None needs Secure, and about values it does not know', () => {
    const none = explainSetCookie(makeParsed({ sameSite: 'None' }), context)
    expect(sentenceFor(none, 'SameSite=None')).toMatch(/without it the browser rejects/)
    const odd = explainSetCookie(makeParsed({ sameSite: 'Sometimes' }), context)
    expect(sentenceFor(odd, 'SameSite=Sometimes')).toMatch(/not a SameSite value/)
  })

  it('explains Werkzeug’s quotes and the cookie prefixes', () => {
    const quoted = explainSetCookie(makeParsed({ name: 'username', value: '"John Doe"' }), context)
    expect(sentenceFor(quoted, 'username="John Doe"')).toMatch(/Werkzeug quotes values/)
    const host = explainSetCookie(makeParsed({ name: '__Host-id' }), context)
    expect(sentenceFor(host, '__Host- prefix')).toMatch(/Secure, Path=\/ and no Domain/)
  })

  it('says what each of the four prefixes guarantees, and which rule a line breaks', () => {
    const line = (name: string, overrides = {}) =>
      explainSetCookie(
        makeParsed({ name, secure: true, httpOnly: true, path: '/', ...overrides }),
        context,
      )
    expect(sentenceFor(line('__Secure-a'), '__Secure- prefix')).toMatch(
      /set over a secure connection/,
    )
    expect(sentenceFor(line('__Http-a'), '__Http- prefix')).toMatch(
      /only with Secure and HttpOnly: a server set it .* no script/,
    )
    expect(sentenceFor(line('__Host-Http-a'), '__Host-Http- prefix')).toMatch(
      /Secure, HttpOnly, Path=\/ and no Domain/,
    )
    // Not a __Host- cookie with a name starting "Http-": the longer prefix is the one it has.
    expect(line('__Host-Http-a').some((a) => a.attribute === '__Host- prefix')).toBe(false)
    expect(sentenceFor(line('__Http-a', { httpOnly: false }), '__Http- prefix')).toMatch(
      /This line lacks HttpOnly, so the browser refuses it\.$/,
    )
    expect(sentenceFor(line('__host-a', { domain: 'shop.test' }), '__Host- prefix')).toMatch(
      /lacks no Domain/,
    )
  })

  it('tells the two-minute Lax+POST allowance of a cookie without SameSite truthfully', () => {
    const sentence = sentenceFor(
      explainSetCookie(makeParsed({ sameSite: null }), context),
      'no SameSite',
    )
    expect(sentence).toMatch(
      /first two minutes after it was set, Chromium sends it with a top-level POST/,
    )
    expect(sentence).not.toMatch(/not with cross-site images, frames, fetches or POSTs/)
  })
})

describe('explainStoredCookie', () => {
  it('counts down to a persistent cookie’s expiry from now', () => {
    const cookie = makeCookie({ expires: T0 / 1000 + 90 })
    const list = explainStoredCookie(cookie, T0)
    const expiry = list.find((item) => item.attribute.startsWith('expires '))
    expect(expiry?.sentence).toBe('Deleted in 90 seconds, even if the browser stays open.')
    // The store's moment in the learner's words, not a wire date in GMT.
    expect(expiry?.attribute).toBe(
      `expires ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(T0 + 90_000)}, ` +
        new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(T0 + 90_000),
    )
    expect(expiry?.attribute).not.toMatch(/GMT/)
  })

  it('names host-only and domain cookies apart', () => {
    expect(explainStoredCookie(makeCookie(), T0)[1]?.sentence).toMatch(/^Host-only/)
    const shared = explainStoredCookie(makeCookie({ domain: '.shop.test', hostOnly: false }), T0)
    expect(sentenceFor(shared, 'Domain=shop.test')).toMatch(/www\.shop\.test/)
  })

  it('calls a cookie without expiry a session cookie, and says its size', () => {
    const list = explainStoredCookie(makeCookie({ name: 'a', value: 'bc', size: 3 }), T0)
    expect(sentenceFor(list, 'session')).toMatch(/session cookie/)
    expect(sentenceFor(list, '3 bytes')).toMatch(/3 of the 4096 bytes/)
  })
})

describe('in Simplified Chinese', () => {
  afterEach(() => setMessageLocale('en'))
  const context = { url: 'http://127.0.0.1:5123/john/set', receivedAt: T0 }

  it('follows the UI’s language: sentences and attribute words, wire text kept', () => {
    setMessageLocale('zh-CN')
    const list = explainSetCookie(
      makeParsed({ name: 'userID', value: 'xiaoming', path: undefined, maxAge: 5_400 }),
      context,
    )
    expect(sentenceFor(list, 'userID=xiaoming')).toBe(
      '浏览器以名称 userID 保存值 xiaoming，并在每个匹配的请求中发回 userID=xiaoming。',
    )
    expect(sentenceFor(list, 'Max-Age=5400')).toBe(
      '设置 1 小时 30 分钟后删除，即使浏览器一直开着。',
    )
    expect(sentenceFor(list, '无 Domain')).toBe(
      '仅限主机：只发回给 127.0.0.1 本身，不发给它的子域名。',
    )
    expect(sentenceFor(list, '无 Path')).toMatch(/^默认为 \/john，/)
    expect(list.map((item) => item.attribute)).not.toContain('no Domain')
  })

  it('names a broken prefix rule and a stored cookie’s size in Chinese', () => {
    const line = explainSetCookie(
      makeParsed({ name: '__Host-id', secure: true, path: '/', domain: 'shop.test' }),
      context,
      'zh-CN',
    )
    expect(sentenceFor(line, '__Host- 前缀')).toMatch(
      /此行不满足：无 Domain，因此浏览器拒绝了它。$/,
    )
    const stored = explainStoredCookie(
      makeCookie({ name: 'a', value: 'bc', size: 3, expires: T0 / 1000 + 90 }),
      T0,
      'zh-CN',
    )
    expect(sentenceFor(stored, '3 字节')).toBe(
      '名称和值占用了 3 字节，浏览器为一个 Cookie 最多保存 4096 字节。',
    )
    const expiry = stored.find((item) => item.attribute.startsWith('过期时间 '))
    expect(expiry?.sentence).toBe('90 秒后删除，即使浏览器一直开着。')
    expect(expiry?.attribute).toMatch(/^过期时间 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  })
})

describe('defaultCookiePath', () => {
  it.each([
    ['http://h/', '/'],
    ['http://h/getcookie', '/'],
    ['http://h/john/set', '/john'],
    ['http://h/a/b/', '/a/b'],
    ['not a url', '/'],
  ])('%s → %s', (url, path) => {
    expect(defaultCookiePath(url)).toBe(path)
  })
})
