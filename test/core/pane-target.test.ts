import { describe, expect, it } from 'vitest'
import { isAllowedPaneUrl, PaneTargetError, resolvePaneTarget } from '../../src/core/pane-target'

const server = 'http://127.0.0.1:5123'

describe('isAllowedPaneUrl', () => {
  it('allows absolute http and https URLs only', () => {
    expect(isAllowedPaneUrl('http://127.0.0.1:5123/getcookie')).toBe(true)
    expect(isAllowedPaneUrl('HTTPS://www.shop.test/')).toBe(true)
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      '/getcookie',
      'not a url',
      '',
    ]) {
      expect(isAllowedPaneUrl(url), url).toBe(false)
    }
  })
})

describe('resolvePaneTarget', () => {
  it('resolves a path against the tutorial server', () => {
    expect(resolvePaneTarget('/getcookie', server)).toBe('http://127.0.0.1:5123/getcookie')
    expect(resolvePaneTarget('  /set?key=a&value=b  ', server)).toBe(
      'http://127.0.0.1:5123/set?key=a&value=b',
    )
    expect(resolvePaneTarget('/', `${server}/`)).toBe('http://127.0.0.1:5123/')
  })

  it('keeps full http and https URLs', () => {
    expect(resolvePaneTarget('http://localhost:5000/', server)).toBe('http://localhost:5000/')
    expect(resolvePaneTarget('https://www.shop.test:8443/a?b=c#d', server)).toBe(
      'https://www.shop.test:8443/a?b=c#d',
    )
  })

  it('adds http:// to a bare host, and the server port to a bare *.test host', () => {
    expect(resolvePaneTarget('localhost:5000', server)).toBe('http://localhost:5000/')
    expect(resolvePaneTarget('127.0.0.1:5123/cookies', server)).toBe(
      'http://127.0.0.1:5123/cookies',
    )
    expect(resolvePaneTarget('api.shop.test/getcookie', server)).toBe(
      'http://api.shop.test:5123/getcookie',
    )
    expect(resolvePaneTarget('tracker.test:9000', server)).toBe('http://tracker.test:9000/')
  })

  it.each([
    [
      'javascript:alert(document.cookie)',
      { code: 'targetSchemeNotAllowed', params: { scheme: 'javascript' } },
    ],
    ['JavaScript:alert(1)', { code: 'targetSchemeNotAllowed', params: { scheme: 'javascript' } }],
    ['file:///etc/passwd', { code: 'targetSchemeNotAllowed', params: { scheme: 'file' } }],
    ['data:text/html,<b>x</b>', { code: 'targetSchemeNotAllowed', params: { scheme: 'data' } }],
    [
      'mailto:someone@example.test',
      { code: 'targetSchemeNotAllowed', params: { scheme: 'mailto' } },
    ],
    ['', { code: 'targetEmpty' }],
    ['   ', { code: 'targetEmpty' }],
    ['hello world', { code: 'targetHasSpaces', params: { typed: 'hello world' } }],
    ['getcookie', { code: 'targetNeitherPathNorUrl', params: { typed: 'getcookie' } }],
    ['http://', { code: 'targetNotOpenable', params: { typed: 'http://' } }],
    ['http://[::1', { code: 'targetNotOpenable', params: { typed: 'http://[::1' } }],
  ])('refuses %j with a fact the UI can put into words', (input, fact) => {
    expect(() => resolvePaneTarget(input, server)).toThrow(PaneTargetError)
    expect(() => resolvePaneTarget(input, server)).toThrow(
      expect.objectContaining({ fact }) as unknown as Error,
    )
  })

  it('says what to type instead, in the catalogue’s English, for logs and the command line', () => {
    expect(() => resolvePaneTarget('javascript:alert(1)', server)).toThrow(
      /only opens http: and https: pages, not javascript:/,
    )
    expect(() => resolvePaneTarget('getcookie', server)).toThrow(/did you mean \/getcookie\?/)
  })
})
