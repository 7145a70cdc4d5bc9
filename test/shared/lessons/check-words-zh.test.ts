// A check that names no domain, value or reason reads as its messages' `any` case in every
// language: a translated word for "any" would miss that select key and be shown as a value.

import { describe, expect, it } from 'vitest'
import { expectedWords } from '../../../src/shared/lessons/check-words'

describe('check words in Chinese', () => {
  it('words a store check without a domain as having none, not as the domain "any"', () => {
    const words = expectedWords({ kind: 'store-lacks', cookie: 'userID' } as never, 'zh-CN')
    expect(words).toBe('Cookie 存储中没有 userID')
  })
})
