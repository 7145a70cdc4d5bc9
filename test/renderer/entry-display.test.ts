import { describe, expect, it } from 'vitest'
import {
  ROW_PATH_MAX,
  clockTime,
  dateAndTime,
  shortenPath,
  statusOf,
  truncateValue,
  urlParts,
} from '../../src/renderer/src/entry-display'
import { setMessageLocale } from '../../src/shared/messages/format-message'
import { makeExchange } from './factories'

describe('urlParts', () => {
  it('drops the tutorial server’s host and keeps the query', () => {
    expect(urlParts('http://127.0.0.1:5123/set?key=a', '127.0.0.1:5123')).toEqual({
      host: null,
      path: '/set?key=a',
    })
    expect(urlParts('http://api.shop.test:5123/x', '127.0.0.1:5123')).toEqual({
      host: 'api.shop.test:5123',
      path: '/x',
    })
  })
})

describe('truncateValue', () => {
  it('cuts at a character, never inside one, and marks the cut', () => {
    expect(truncateValue('short')).toBe('short')
    expect(truncateValue('🍪'.repeat(30), 5)).toBe('🍪🍪🍪🍪…')
  })
})

describe('statusOf', () => {
  it.each([
    [{ status: 200 }, '200 OK', 'ok'],
    [{ status: 302, statusText: 'FOUND' }, '302 FOUND', 'redirect'],
    [{ status: 400, statusText: 'BAD REQUEST' }, '400 BAD REQUEST', 'client-error'],
    [{ status: 500, statusText: '' }, '500', 'server-error'],
    [{ state: 'pending' as const, status: null }, 'pending…', 'pending'],
    [
      {
        state: 'failed' as const,
        status: null,
        failure: { code: 'browserError', params: { errorText: 'net::ERR_ABORTED' } } as const,
      },
      'failed: net::ERR_ABORTED',
      'failed',
    ],
    [
      { state: 'failed' as const, status: null, failure: { code: 'requestFailed' } as const },
      'failed: The request failed.',
      'failed',
    ],
  ])('%o → %s', (overrides, label, tone) => {
    expect(statusOf(makeExchange(overrides))).toEqual({ label, tone })
  })
})

describe('clockTime', () => {
  it('pads hours, minutes and seconds', () => {
    expect(clockTime(new Date(2026, 0, 1, 9, 5, 7).getTime())).toBe('09:05:07')
  })
})

describe('dateAndTime', () => {
  it('writes a date as the UI language does, not in the HTTP-date form', () => {
    const moment = new Date(2027, 2, 4, 9, 5, 7).getTime()
    try {
      expect(dateAndTime(moment)).toMatch(/Mar 4, 2027.*9:05:07/)
      setMessageLocale('zh-CN')
      expect(dateAndTime(moment)).toMatch(/2027年3月4日.*09:05:07/)
    } finally {
      setMessageLocale('en')
    }
  })
})

describe('shortenPath', () => {
  it('keeps a short path whole, and cuts a long one in its middle, start and end kept', () => {
    expect(shortenPath('/getcookie?a=1')).toBe('/getcookie?a=1')
    const long = `/getcookie?pad=${'x'.repeat(5000)}&end=here`
    const short = shortenPath(long)
    expect([...short]).toHaveLength(ROW_PATH_MAX)
    expect(short.startsWith('/getcookie?pad=xxx')).toBe(true)
    expect(short.endsWith('x&end=here')).toBe(true)
    expect(short).toContain('…')
  })

  it('never cuts inside a character', () => {
    expect(shortenPath('/🍪'.repeat(100), 10)).toBe('/🍪/🍪/🍪/…/🍪')
  })
})
