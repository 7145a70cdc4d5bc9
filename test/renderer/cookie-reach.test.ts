import { describe, expect, it } from 'vitest'
import { domainReaches, draftWarnings, visitedHostsOf } from '../../src/renderer/src/cookie-reach'

describe('draftWarnings', () => {
  it('warns of a domain that no tutorial host and no visited page is on', () => {
    expect(draftWarnings({ domain: 'example.com' }, ['127.0.0.1'])).toEqual([
      { code: 'inspector.add.noPageThere', domain: 'example.com' },
    ])
    expect(draftWarnings({ domain: '.example.com' }, [])).toEqual([
      { code: 'inspector.add.noPageThere', domain: 'example.com' },
    ])
  })

  it('is quiet for the tutorial’s own names and for pages the pane has shown', () => {
    for (const domain of [
      '127.0.0.1',
      'localhost',
      'www.shop.test',
      '.shop.test',
      'tracker.test',
    ]) {
      expect(draftWarnings({ domain }, [])).toEqual([])
    }
    expect(draftWarnings({ domain: 'example.com' }, ['example.com'])).toEqual([])
    expect(draftWarnings({ domain: '.example.com' }, ['www.example.com'])).toEqual([])
    // A host-only cookie for example.com does not go to www.example.com.
    expect(draftWarnings({ domain: 'example.com' }, ['www.example.com'])).toHaveLength(1)
  })

  it('says that a dot before an IP address makes no difference in Chromium', () => {
    expect(draftWarnings({ domain: '.127.0.0.1' }, [])).toEqual([
      { code: 'inspector.add.ipIsHostOnly', address: '127.0.0.1' },
    ])
    expect(draftWarnings({ domain: '127.0.0.1' }, [])).toEqual([])
  })
})

describe('domainReaches', () => {
  it('follows host-only and Domain matching', () => {
    expect(domainReaches('shop.test', 'shop.test')).toBe(true)
    expect(domainReaches('shop.test', 'www.shop.test')).toBe(false)
    expect(domainReaches('.shop.test', 'www.shop.test')).toBe(true)
    expect(domainReaches('.shop.test', 'myshop.test')).toBe(false)
    expect(domainReaches('.0.0.1', '127.0.0.1')).toBe(false)
  })
})

describe('visitedHostsOf', () => {
  it('reads the host of every URL it can', () => {
    expect([
      ...visitedHostsOf(['http://a.test:5000/x', '', 'not a url', 'https://b.test/']),
    ]).toEqual(['a.test', 'b.test'])
  })
})
