// Check verdicts over the store: a name stored more than once (two partitions of one cookie,
// as CHIPS keeps them) must not hide the one a check asks about.

import { describe, expect, it } from 'vitest'
import type { StoredCookie } from '../../../src/shared/domain'
import { checkVerdict } from '../../../src/shared/lessons/check-verdicts'

const cookie = (value: string, topLevelSite: string): StoredCookie => ({
  name: 'chip',
  value,
  domain: 'tracker.test',
  path: '/',
  expires: null,
  size: 4 + value.length,
  httpOnly: false,
  secure: true,
  sameSite: 'None',
  hostOnly: true,
  partitionKey: { topLevelSite, hasCrossSiteAncestor: true },
  priority: 'Medium',
  sourceScheme: 'Secure',
  sourcePort: 443,
})

describe('store-has', () => {
  const store = [cookie('shop', 'https://shop.test'), cookie('local', 'https://localhost')]

  it('passes for each of two cookies of one name, whichever the store lists first', () => {
    for (const value of ['shop', 'local']) {
      for (const order of [store, [...store].reverse()]) {
        const verdict = checkVerdict({ kind: 'store-has', cookie: 'chip', value }, [], order)
        expect(verdict.passed).toBe(true)
        expect(verdict.seen).toEqual({ code: 'storeHolds', value, domain: 'tracker.test' })
      }
    }
  })

  it('fails when none of them has what it asks, and shows one it saw', () => {
    const verdict = checkVerdict({ kind: 'store-has', cookie: 'chip', value: 'other' }, [], store)
    expect(verdict.passed).toBe(false)
    expect(verdict.seen).toEqual({ code: 'storeHolds', value: 'shop', domain: 'tracker.test' })
    const secure = checkVerdict(
      { kind: 'store-has', cookie: 'chip', value: 'local', secure: false },
      [],
      store,
    )
    expect(secure.passed).toBe(false)
  })

  it('fails on a name the store lacks', () => {
    const verdict = checkVerdict({ kind: 'store-has', cookie: 'none' }, [], store)
    expect(verdict).toMatchObject({ passed: false, seen: { code: 'storeLacks' } })
  })
})
