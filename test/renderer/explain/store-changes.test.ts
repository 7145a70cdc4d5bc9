import { describe, expect, it } from 'vitest'
import { describeStoreChange } from '../../../src/shared/explain/store-changes'
import { makeChange, makeCookie } from '../factories'

describe('describeStoreChange', () => {
  it('tells what happened and who did it', () => {
    const alice = makeCookie({ value: 'alice' })
    expect(describeStoreChange(makeChange('added', alice, { by: 'response', entryId: 'x1' }))).toBe(
      'userID added with the value “alice”, by a Set-Cookie header on the response.',
    )
    expect(
      describeStoreChange({
        ...makeChange('changed', makeCookie({ value: 'bob' }), { by: 'inspector' }),
        before: alice,
      }),
    ).toBe('userID changed from “alice” to “bob”, by you, in the store inspector.')
    expect(describeStoreChange(makeChange('removed', alice, { by: 'script' }))).toMatch(
      /removed from the store, by a script on the page/,
    )
    expect(describeStoreChange(makeChange('expired', alice, { by: 'expiry' }))).toBe(
      'userID expired and left the store.',
    )
  })

  it('says when only the attributes changed', () => {
    const change = {
      ...makeChange('changed', makeCookie({ httpOnly: true }), {
        by: 'browser',
        detail: { code: 'evictedCrowdedSite' },
      }),
      before: makeCookie(),
    }
    expect(describeStoreChange(change)).toMatch(
      /changed its attributes.*by the browser \(evicted: the site had too many cookies\)/,
    )
  })
})
