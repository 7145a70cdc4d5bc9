import { describe, expect, it } from 'vitest'
import { decodeCookieValue } from '../../src/renderer/src/value-decoding'

describe('decodeCookieValue', () => {
  it('decodes percent-escapes of UTF-8', () => {
    expect(decodeCookieValue('h%C3%A9llo%20world')).toEqual({
      kind: 'decoded',
      text: 'héllo world',
    })
    expect(decodeCookieValue('%E2%9C%93')).toEqual({ kind: 'decoded', text: '✓' })
  })

  it('has nothing to decode without a %', () => {
    expect(decodeCookieValue('alice')).toEqual({ kind: 'plain' })
    expect(decodeCookieValue('a+b')).toEqual({ kind: 'plain' })
  })

  it('says so, without throwing, when the escapes are not valid', () => {
    expect(decodeCookieValue('100%')).toEqual({ kind: 'invalid' })
    expect(decodeCookieValue('%zz')).toEqual({ kind: 'invalid' })
    // Latin-1 é escaped alone is not UTF-8.
    expect(decodeCookieValue('caf%E9')).toEqual({ kind: 'invalid' })
  })
})
