import { describe, expect, it } from 'vitest'
import { nextSort, sortCookies } from '../../src/renderer/src/store-sort'
import { makeCookie } from './factories'

const names = (cookies: readonly { name: string }[]) => cookies.map((cookie) => cookie.name)

describe('sortCookies', () => {
  const a = makeCookie({
    name: 'a',
    size: 30,
    expires: null,
    priority: 'High',
    domain: 'tracker.test',
  })
  const b = makeCookie({ name: 'b', size: 10, expires: 2_000, priority: 'Low', secure: true })
  const c = makeCookie({ name: 'c', size: 20, expires: 1_000, priority: 'Brand-new' })
  const d = makeCookie({ name: 'd', size: 10, expires: 1_000, priority: 'Medium', httpOnly: true })
  const store = [c, a, d, b]

  it('keeps the store’s order when there is no sort', () => {
    expect(sortCookies(store, null)).toBe(store)
  })

  it('orders by each column, both ways', () => {
    expect(names(sortCookies(store, { column: 'cookie', direction: 'ascending' }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ])
    expect(names(sortCookies(store, { column: 'cookie', direction: 'descending' }))).toEqual([
      'd',
      'c',
      'b',
      'a',
    ])
    expect(names(sortCookies(store, { column: 'size', direction: 'descending' }))).toEqual([
      'a',
      'c',
      'd',
      'b',
    ])
    // A session cookie never expires: last when soonest comes first.
    expect(names(sortCookies(store, { column: 'expires', direction: 'ascending' }))).toEqual([
      'c',
      'd',
      'b',
      'a',
    ])
    expect(names(sortCookies(store, { column: 'where', direction: 'ascending' }))).toEqual([
      'c',
      'd',
      'b',
      'a',
    ])
    // Fewest protections first: nothing, HttpOnly, Secure; among equals, by priority (Low,
    // Medium, High, then a code Chromium adds later).
    expect(names(sortCookies(store, { column: 'flags', direction: 'ascending' }))).toEqual([
      'a',
      'c',
      'd',
      'b',
    ])
  })

  it('is stable: equal rows keep the store’s order in both directions', () => {
    const equal = ['x', 'y', 'z'].map((name) => makeCookie({ name, size: 5 }))
    expect(names(sortCookies(equal, { column: 'size', direction: 'ascending' }))).toEqual([
      'x',
      'y',
      'z',
    ])
    expect(names(sortCookies(equal, { column: 'size', direction: 'descending' }))).toEqual([
      'x',
      'y',
      'z',
    ])
  })

  it('sorts one name in two partitions by its partition', () => {
    const shop = makeCookie({
      name: 'chip',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
    })
    const local = makeCookie({
      name: 'chip',
      partitionKey: { topLevelSite: 'https://localhost', hasCrossSiteAncestor: true },
    })
    const sorted = sortCookies([shop, local], { column: 'where', direction: 'ascending' })
    expect(sorted).toEqual([local, shop])
  })
})

describe('nextSort', () => {
  it('sorts a new column ascending, and reverses the current one', () => {
    expect(nextSort(null, 'size')).toEqual({ column: 'size', direction: 'ascending' })
    const up = nextSort(null, 'size')
    expect(nextSort(up, 'size')).toEqual({ column: 'size', direction: 'descending' })
    expect(nextSort(nextSort(up, 'size'), 'size')).toEqual(up)
    expect(nextSort(up, 'cookie')).toEqual({ column: 'cookie', direction: 'ascending' })
  })
})
