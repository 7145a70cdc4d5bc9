// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CookieChip } from '../../../src/renderer/src/components/CookieChip'
import { SetCookieChip } from '../../../src/renderer/src/components/SetCookieChip'
import { SPOTLIGHT_HINT, SPOTLIT } from '../../../src/renderer/src/components/Spotlight'
import { T0, makeSetCookieLine } from '../factories'

afterEach(cleanup)

describe('CookieChip', () => {
  it('shows a sent cookie as name=value', () => {
    const { container } = render(<CookieChip name="userID" value="alice" />)
    expect(container.textContent).toBe('userID=alice')
    expect(container.querySelector('.chip-blocked')).toBeNull()
    expect(container.querySelector('.chip-name')?.textContent).toBe('userID')
  })

  it('draws a sent cookie as one box and its text, the chip a burst draws by the thousand', () => {
    const { container } = render(<CookieChip name="userID" value="alice" />)
    const chip = container.querySelector('.chip')
    // The name is the one element inside: no flex box, pair or value wrapper to lay out.
    expect([...(chip?.querySelectorAll('*') ?? [])].map((e) => e.className)).toEqual(['chip-name'])
  })

  it('lights a sent cookie for the lesson step and points to the hint', () => {
    const { container } = render(<CookieChip name="userID" value="alice" spotlit />)
    const chip = container.querySelector('.chip')
    expect(chip?.classList.contains(SPOTLIT)).toBe(true)
    expect(chip?.getAttribute('aria-describedby')).toBe(SPOTLIGHT_HINT.timeline)
  })

  it('cuts a long value visibly', () => {
    const { container } = render(<CookieChip name="big" value={'x'.repeat(300)} />)
    expect(container.textContent).toBe(`big=${'x'.repeat(23)}…`)
  })

  it('shows a blocked cookie in its own style, with the reason in plain words', () => {
    const { container } = render(
      <CookieChip name="cart" value="1" blockedReasons={['NotOnPath', 'SameSiteLax']} />,
    )
    expect(container.querySelector('.chip-blocked')).not.toBeNull()
    expect(screen.getByText(/not sent:/).textContent).toBe(
      'not sent: not for this path; SameSite=Lax, cross-site',
    )
  })

  it('shows a cookie its own Path keeps from this URL calmly: the rule at work, not a block', () => {
    const { container } = render(
      <CookieChip name="john" value="1" blockedReasons={['NotOnPath']} />,
    )
    expect(container.querySelector('.chip-blocked')).toBeNull()
    expect(container.querySelector('.chip-scoped')).not.toBeNull()
    expect(container.textContent).toBe('john=1not for this path')
    expect(container.textContent).not.toMatch(/not sent|⊘/)
  })

  it('calls an http-to-http cross-site SameSite block cross-site, not a matter of scheme', () => {
    const { container } = render(
      <CookieChip
        name="s"
        value="1"
        blockedReasons={['SchemefulSameSiteStrict']}
        context={{
          requestUrl: 'http://tracker.test:5000/pixel',
          initiatorOrigin: 'http://www.shop.test:5000',
        }}
      />,
    )
    expect(container.querySelector('.chip-blocked')).not.toBeNull()
    expect(container.textContent).toContain('not sent: SameSite=Strict, cross-site')
    expect(container.textContent).not.toMatch(/scheme/)
  })
})

describe('SetCookieChip', () => {
  const badges = (container: HTMLElement) =>
    [...container.querySelectorAll('.badge')].map((badge) => badge.textContent)

  it('puts a badge on every attribute of the line', () => {
    const line = makeSetCookieLine(
      'theme=dark; Domain=shop.test; Expires=…; Max-Age=60; Secure; HttpOnly; Path=/x; SameSite=Lax',
      {
        name: 'theme',
        value: 'dark',
        domain: 'shop.test',
        maxAge: 60,
        expires: 'Wed, 25 Nov 2026 10:01:00 GMT',
        expiresAt: T0 + 60_000,
        secure: true,
        httpOnly: true,
        path: '/x',
        sameSite: 'Lax',
      },
    )
    const { container } = render(<SetCookieChip line={line} receivedAt={T0} />)
    expect(container.querySelector('.chip-pair')?.textContent).toBe('theme=dark')
    expect(badges(container)).toEqual([
      'Domain=shop.test',
      'Max-Age=60',
      'Secure',
      'HttpOnly',
      'Path=/x',
      'SameSite=Lax',
    ])
  })

  it('reads an Expires on its own relative to the response: a past date deletes', () => {
    const past = makeSetCookieLine('userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/', {
      value: '',
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      expiresAt: 0,
    })
    const future = makeSetCookieLine('a=1; Expires=…', {
      expires: '…',
      expiresAt: T0 + 90_000,
      path: undefined,
    })
    expect(badges(render(<SetCookieChip line={past} receivedAt={T0} />).container)).toEqual([
      'Expires in the past (delete)',
      'Path=/',
    ])
    cleanup()
    expect(badges(render(<SetCookieChip line={future} receivedAt={T0} />).container)).toEqual([
      'Expires in 1 min 30 s',
    ])
  })

  it('shows a line the browser refused as blocked, with the reason in plain words', () => {
    const line = makeSetCookieLine(
      'tracker=1; Path=/; SameSite=None',
      { name: 'tracker', value: '1', sameSite: 'None' },
      { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
    )
    const { container } = render(<SetCookieChip line={line} receivedAt={T0} />)
    expect(container.querySelector('.chip-blocked')).not.toBeNull()
    expect(screen.getByText(/not stored:/).textContent).toBe(
      'not stored: SameSite=None without Secure',
    )
  })

  it('shows an unparsable line raw, its problem, and an unobserved outcome honestly', () => {
    const line = makeSetCookieLine('=novalue', null, { status: 'unknown' }, [
      { code: 'emptyName' },
      { code: 'noNameValuePair' },
    ])
    const { container } = render(<SetCookieChip line={line} receivedAt={T0} />)
    expect(container.querySelector('.chip-raw')?.textContent).toBe('=novalue')
    expect(screen.getByText('outcome not observed')).toBeTruthy()
    // The core's codes, in the catalogue's words: the first problem, and how many more.
    const problem = container.querySelector('.chip-problem')
    expect(problem?.textContent?.trim()).toBe('Its name is empty. (+1 more)')
    expect(problem?.querySelector('svg.icon-warning')).not.toBeNull()
  })
})
