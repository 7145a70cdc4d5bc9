import { describe, expect, it } from 'vitest'
import { keepUnchangedCookies } from '../../../src/renderer/src/stores/kept-values'
import { makeCookie } from '../factories'

describe('keepUnchangedCookies', () => {
  it('hands back the earlier object of every cookie that did not change, and the new one of one that did', () => {
    const before = [makeCookie({ name: 'a' }), makeCookie({ name: 'b', value: '1' })]
    const next = [makeCookie({ name: 'a' }), makeCookie({ name: 'b', value: '2' })]
    const kept = keepUnchangedCookies(before, next)
    expect(kept[0]).toBe(before[0])
    expect(kept[1]).toBe(next[1])
  })

  it('tells two partitions of one cookie apart, and keeps the whole list when nothing changed', () => {
    const shop = makeCookie({
      name: 'chip',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
    })
    const other = {
      ...shop,
      partitionKey: { ...shop.partitionKey!, topLevelSite: 'https://x.test' },
    }
    expect(keepUnchangedCookies([shop], [other])[0]).toBe(other)
    const before = [shop]
    expect(keepUnchangedCookies(before, [structuredClone(shop)])).toBe(before)
  })
})
