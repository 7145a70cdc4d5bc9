import { describe, expect, it } from 'vitest'
import { draftFromForm, emptyCookieForm } from '../../src/renderer/src/cookie-form'

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0)

describe('draftFromForm', () => {
  it('makes a host-only session cookie from the defaults', () => {
    const result = draftFromForm({ ...emptyCookieForm('127.0.0.1'), name: 'a', value: 'b' }, NOW)
    expect(result).toEqual({
      ok: true,
      draft: {
        name: 'a',
        value: 'b',
        domain: '127.0.0.1',
        path: '/',
        expires: null,
        httpOnly: false,
        secure: false,
        sameSite: null,
      },
    })
  })

  it('turns "expires in" seconds into a Unix time, and passes flags through', () => {
    const result = draftFromForm(
      {
        ...emptyCookieForm('.shop.test'),
        name: 'a',
        expiresIn: ' 90 ',
        httpOnly: true,
        sameSite: 'None',
        secure: true,
      },
      NOW,
    )
    expect(result).toMatchObject({
      ok: true,
      draft: { domain: '.shop.test', expires: NOW / 1000 + 90, httpOnly: true, sameSite: 'None' },
    })
  })

  it.each([
    [{ name: '' }, /name/],
    [{ name: 'a b' }, /no spaces/],
    [{ name: 'a;b' }, /";"/],
    [{ name: 'a', domain: ' ' }, /domain/],
    [{ name: 'a', path: 'john' }, /starts with \//],
    [{ name: 'a', expiresIn: '1.5' }, /whole number/],
    [{ name: 'a', expiresIn: '-3' }, /whole number/],
  ])('refuses %o in words', (fields, message) => {
    const result = draftFromForm({ ...emptyCookieForm('127.0.0.1'), ...fields }, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})
