// The tutorial pages speak the language the host sets (setLanguage), over real sockets: the same
// request to a server speaking English and to one speaking Simplified Chinese gets the same
// status, the same Set-Cookie lines, the same Flask code and the same forms, links and ids (tests
// and lessons click them), with the explanations in Chinese and `<html lang>` saying so.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTutorialServer, type TutorialServer } from '../../../src/core/server'
import type { Locale } from '../../../src/shared/messages/format-message'
import {
  dom,
  postForm,
  rawExchange,
  rawStatus,
  request,
  textOf,
  type PageNode,
  type Reply,
} from './server-client'

let english: TutorialServer
let chinese: TutorialServer

beforeAll(async () => {
  ;[english, chinese] = await Promise.all([startTutorialServer(), startTutorialServer()])
  chinese.setLanguage('zh-CN')
})
afterAll(() => Promise.all([english.close(), chinese.close()]))

interface Ask {
  path: string
  host?: string
  form?: Record<string, string>
  headers?: Record<string, string>
}

function ask(server: TutorialServer, { path, host, form, headers = {} }: Ask): Promise<Reply> {
  const all = host ? { Host: `${host}:${server.port}`, ...headers } : headers
  return form ? postForm(server.url, path, form, all) : request(server.url, path, { headers: all })
}

/** Both languages' answers to one request. */
async function both(asked: Ask): Promise<[Reply, Reply]> {
  return [await ask(english, asked), await ask(chinese, asked)]
}

const HAN = /\p{Script=Han}/u

/** What must not depend on the language: every control a test, a lesson or a learner uses. */
function skeleton(page: PageNode) {
  const all = (selector: string, read: (node: PageNode) => unknown) =>
    [...page.querySelectorAll(selector)].map(read)
  // The two servers listen on different ports.
  const url = (node: PageNode, name: string) =>
    node.getAttribute(name)?.replace(/:\d+(?=\/)/, ':PORT') ?? null
  return {
    ids: all('[id]', (node) => node.id),
    links: all('a', (node) => url(node, 'href')),
    forms: all('form', (node) => [url(node, 'action'), node.getAttribute('method')]),
    fields: all('input, select, button', (node) => [
      node.getAttribute('name'),
      node.getAttribute('type'),
      url(node, 'formaction'),
      // A submit button's words are its value: the seed's Login stays, the others translate.
      node.getAttribute('type') === 'submit' ? null : node.getAttribute('value'),
    ]),
    options: all('option', (node) => node.getAttribute('value')),
    flask: all('.seed pre code', (node) => node.textContent),
    // "(no Cookie header)" is words, in the page's language; a header line is the wire's.
    wire: all('pre.wire code', (node) => textOf(node).replace(/^[(（].*[)）]$/, '(none)')),
  }
}

/**
 * The page's explanations with code, the wire and the Flask code taken out: in Chinese they must
 * hold no English sentence (three English words in a row), which would be text left untranslated.
 */
function proseOf(page: PageNode): string {
  const main = page.querySelector('main')
  for (const code of [...(main?.querySelectorAll('code, pre, h1, option, script') ?? [])]) {
    ;(code as unknown as { remove(): void }).remove()
  }
  return textOf(main)
}
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/

const PAGES: Ask[] = [
  { path: '/' },
  { path: '/setcookie', form: { nm: 'alice' } },
  { path: '/setcookie', form: { nm: '' } },
  { path: '/getcookie', headers: { Cookie: 'userID=alice' } },
  { path: '/getcookie' },
  { path: '/deletecookie' },
  { path: '/cookies' },
  { path: '/cookies', headers: { Cookie: 'username=root; theme=dark' } },
  { path: '/john/' },
  { path: '/john/', headers: { Cookie: 'username="John Doe"' } },
  { path: '/john/set' },
  { path: '/john/delete' },
  { path: '/askpython/setcookie' },
  { path: '/askpython/getcookie' },
  { path: '/askpython/getcookie', headers: { Cookie: 'Name=AskPython' } },
  { path: '/playground' },
  { path: '/set?key=theme&value=dark&max_age=60&expires=2000000000' },
  { path: '/set?key=__Host-x&value=1&domain=shop.test&samesite=None&partitioned=1&path=y' },
  { path: '/set?key=a%3Db&value=1&max_age=0', host: 'tracker.test' },
  { path: '/cross-site/setup?from=www.shop.test', host: 'tracker.test' },
  { path: '/cross-site?site=tracker.test', host: 'www.shop.test' },
  { path: '/cross-site/report?via=link', host: 'tracker.test', headers: { Cookie: 'lax=1' } },
  { path: '/cross-site/report', host: 'tracker.test' },
  { path: '/embed?site=tracker.test&key=id&value=1', host: 'www.shop.test' },
]

const REFUSALS: Ask[] = [
  { path: '/nowhere' },
  { path: '/setcookie' },
  { path: '/setcookie', form: { other: 'x' } },
  { path: '/setcookie', form: { nm: 'a\nb' } },
  { path: '/set?key=' },
  { path: '/set?key=a&max_age=soon' },
  { path: '/set?key=a&secure=maybe' },
  { path: '/set?key=a%0Db' },
  { path: '/set?key=a&expires=999999999999' },
  { path: '/set?key=%zz' },
  { path: '/cross-site?site=evil.example', host: 'www.shop.test' },
  { path: '/cross-site?site=www.shop.test', host: 'www.shop.test' },
  { path: '/embed?site=evil.example', host: 'www.shop.test' },
  { path: '/', headers: { Host: 'evil.example' } },
  { path: '/john' },
  { path: '/setcookie', form: { nm: 'x' }, headers: { Origin: 'https://evil.example' } },
  { path: '/deletecookie', headers: { 'Sec-Fetch-Site': 'cross-site' } },
]

describe('the tutorial pages in English and Simplified Chinese', () => {
  it('speaks English until the host sets another language, and refuses one it has no words for', async () => {
    expect(english.language).toBe('en')
    expect(chinese.language).toBe('zh-CN')
    const page = await ask(english, { path: '/' })
    expect(page.body).toContain('<html lang="en">')
    expect(textOf(dom(page.body).querySelector('main p'))).toMatch(/^Type a name and press Login/)
    expect(() => english.setLanguage('fr' as Locale)).toThrow(RangeError)
    expect(english.language).toBe('en')
  })

  it.each(PAGES)('$path ($host): the same page, explained in Chinese', async (asked) => {
    const [en, zh] = await both(asked)
    expect(zh.status).toBe(en.status)
    expect(zh.setCookies).toEqual(en.setCookies)
    expect(zh.body).toContain('<html lang="zh-CN">')
    const [enPage, zhPage] = [dom(en.body), dom(zh.body)]
    expect(skeleton(zhPage)).toEqual(skeleton(enPage))
    const prose = proseOf(zhPage)
    expect(prose).toMatch(HAN)
    expect(prose).not.toMatch(ENGLISH_SENTENCE)
    // The English page is English through and through.
    expect(proseOf(enPage)).not.toMatch(HAN)
  })

  it.each(REFUSALS)('$path refused alike, explained in Chinese', async (asked) => {
    const [en, zh] = await both(asked)
    expect(en.status).toBeGreaterThanOrEqual(300)
    expect(zh.status).toBe(en.status)
    expect(zh.headers.allow).toBe(en.headers.allow)
    const port = (location: string | undefined) => location?.replace(/:\d+\//, ':PORT/')
    expect(port(zh.headers.location)).toBe(port(en.headers.location))
    expect(zh.body).toContain('<html lang="zh-CN">')
    const [enPage, zhPage] = [dom(en.body), dom(zh.body)]
    expect(textOf(zhPage.querySelector('h1'))).toMatch(HAN)
    expect(skeleton(zhPage)).toEqual(skeleton(enPage))
    expect(proseOf(zhPage)).not.toMatch(ENGLISH_SENTENCE)
  })

  it('keeps the Flask code, the form and its button as the seed writes them', async () => {
    const zh = dom((await ask(chinese, { path: '/' })).body)
    const form = zh.querySelector('form[action="/setcookie"]')
    expect(form?.getAttribute('method')).toBe('POST')
    expect(form?.querySelector('input[name="nm"]')).not.toBeNull()
    expect(form?.querySelector('input[type="submit"]')?.getAttribute('value')).toBe('Login')
    expect(textOf(zh.querySelector('.seed pre code'))).toBe(
      "@app.route('/') def index(): return render_template('index.html')",
    )
    expect(textOf(zh.querySelector('main > p'))).toContain('输入一个名字，然后点击 Login')
    expect(textOf(zh.querySelector('.seed p'))).toContain('重现种子教程 000/001')
    expect(zh.querySelector('nav')?.getAttribute('aria-label')).toBe('教程路由')
  })

  it('words the cross-site fetch in the page’s script in Chinese, JSON-escaped', async () => {
    const zh = await ask(chinese, { path: '/cross-site?site=tracker.test', host: 'www.shop.test' })
    const script = dom(zh.body).querySelector('script')?.textContent ?? ''
    expect(script).toContain('"sent":"已发送；\\u0000"')
    expect(script).toContain('"imageAlt":"发往 tracker.test 的图片请求"')
  })

  it('shows a cookie name that looks like markup or HTML as text, in either language', async () => {
    const path = `/set?key=${encodeURIComponent('`a<b>c`')}&value=1&domain=shop.test`
    for (const server of [english, chinese]) {
      const page = dom((await ask(server, { path, host: 'tracker.test' })).body)
      expect(page.querySelector('main b')).toBeNull()
      expect(textOf(page.querySelector('h1'))).toContain('`a<b>c`')
    }
  })

  it('answers a request it cannot parse in the language set', async () => {
    const raw = await rawExchange(chinese.port, 'NOT HTTP AT ALL\r\n\r\n')
    expect(rawStatus(raw)).toBe(400)
    const body = Buffer.from(raw, 'latin1').toString('utf8')
    expect(body).toContain('<html lang="zh-CN">')
    expect(body).toContain('格式错误的请求')
  })

  it('switches at run time: the next request is in the new language', async () => {
    const server = await startTutorialServer()
    try {
      const before = dom((await ask(server, { path: '/getcookie' })).body)
      server.setLanguage('zh-CN')
      const after = dom((await ask(server, { path: '/getcookie' })).body)
      server.setLanguage('en')
      const back = dom((await ask(server, { path: '/getcookie' })).body)
      expect(textOf(before.querySelector('main p'))).toMatch(/^This request carried no cookie/)
      expect(textOf(after.querySelector('main p'))).toMatch(/^这个请求没有带名为 userID 的 Cookie/)
      expect(textOf(back.querySelector('main p'))).toBe(textOf(before.querySelector('main p')))
    } finally {
      await server.close()
    }
  })
})
