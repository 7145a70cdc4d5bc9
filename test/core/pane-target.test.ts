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
    ['javascript:alert(document.cookie)', /only opens http: and https: pages, not javascript:/],
    ['JavaScript:alert(1)', /not javascript:/],
    ['file:///etc/passwd', /not file:/],
    ['data:text/html,<b>x</b>', /not data:/],
    ['mailto:someone@example.test', /not mailto:/],
    ['', /Type a path such as \/getcookie/],
    ['   ', /Type a path such as \/getcookie/],
    ['hello world', /has spaces in it/],
    ['getcookie', /did you mean \/getcookie\?/],
    ['http://', /is not a URL the pane can open/],
    ['http://[::1', /is not a URL the pane can open/],
  ])('refuses %j with a readable message', (input, message) => {
    expect(() => resolvePaneTarget(input, server)).toThrow(PaneTargetError)
    expect(() => resolvePaneTarget(input, server)).toThrow(message)
  })
})
