import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../src/main/sender-check'

describe('isTrustedSender', () => {
  const built = 'file:///opt/cookie-lab/out/renderer/index.html'
  const dev = 'http://localhost:5173'

  it('trusts the built index.html, whatever its hash or query', () => {
    expect(isTrustedSender(built, built)).toBe(true)
    expect(isTrustedSender(`${built}#/timeline`, built)).toBe(true)
    expect(isTrustedSender(`${built}?theme=dark`, built)).toBe(true)
  })

  it('refuses any other file, even in the same folder', () => {
    expect(isTrustedSender('file:///opt/cookie-lab/out/renderer/other.html', built)).toBe(false)
    expect(isTrustedSender('file:///etc/passwd', built)).toBe(false)
    expect(isTrustedSender('file://evil-host/opt/cookie-lab/out/renderer/index.html', built)).toBe(
      false,
    )
  })

  it("trusts the app's own scheme on its own host, any file of the UI", () => {
    const app = 'cookie-lab://ui/index.html'
    expect(isTrustedSender(app, app)).toBe(true)
    expect(isTrustedSender('cookie-lab://ui/index.html#/x?y', app)).toBe(true)
    expect(isTrustedSender('cookie-lab://other/index.html', app)).toBe(false)
    expect(isTrustedSender('cookie-lab-evil://ui/index.html', app)).toBe(false)
    expect(isTrustedSender('http://ui/index.html', app)).toBe(false)
    expect(isTrustedSender('file:///index.html', app)).toBe(false)
    expect(isTrustedSender('http://127.0.0.1:5123/', app)).toBe(false)
  })

  it('trusts the dev server by origin, not by path', () => {
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5173/src/index.html?x#y', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSender('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false)
  })

  it('refuses the tutorial server, other schemes, and frames without a URL', () => {
    expect(isTrustedSender('http://127.0.0.1:5123/', built)).toBe(false)
    expect(isTrustedSender('data:text/html,hi', built)).toBe(false)
    expect(isTrustedSender('about:blank', built)).toBe(false)
    expect(isTrustedSender('', built)).toBe(false)
    expect(isTrustedSender(undefined, built)).toBe(false)
    expect(isTrustedSender('not a url', built)).toBe(false)
    expect(isTrustedSender(built, 'not a url')).toBe(false)
  })
})
