import { describe, expect, it } from 'vitest'
import { sameShape } from '../../src/shared/same-shape'

describe('sameShape', () => {
  it('compares plain data by content', () => {
    expect(sameShape([{ code: 'x', reasons: ['A'] }], [{ code: 'x', reasons: ['A'] }])).toBe(true)
    expect(sameShape([{ code: 'x', reasons: ['A'] }], [{ code: 'x', reasons: ['B'] }])).toBe(false)
    expect(sameShape({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameShape([1], { 0: 1 })).toBe(false)
    expect(sameShape(null, {})).toBe(false)
  })
})
