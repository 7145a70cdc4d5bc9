// formatMessage keeps the sentences it formatted (format-message.ts): the same words for the
// same language, id and parameters, and never another sentence's words.

import { describe, expect, it } from 'vitest'
import { formatMessage, keptSentenceCount } from '../../../src/shared/messages/format-message'

const sentence = (codes: string, locale?: 'en' | 'zh-CN', count = 2) =>
  formatMessage('controlCharacters', { codes, count }, locale)

describe('kept sentences', () => {
  it('answers a sentence asked again from what it kept', () => {
    const first = sentence('kept-once')
    const count = keptSentenceCount()
    expect(sentence('kept-once')).toBe(first)
    expect(keptSentenceCount()).toBe(count)
  })

  it('keeps each language apart', () => {
    const english = sentence('delete', 'en')
    const chinese = sentence('delete', 'zh-CN')
    expect(english).toMatch(/^It contains the control characters delete/)
    expect(chinese).not.toBe(english)
    expect(sentence('delete', 'en')).toBe(english)
    // A sentence without parameters too.
    const label = formatMessage('ui.timeline.list', undefined, 'en')
    expect(formatMessage('ui.timeline.list', undefined, 'zh-CN')).not.toBe(label)
    expect(formatMessage('ui.timeline.list', undefined, 'en')).toBe(label)
  })

  it('never gives one parameter set the sentence of another, whatever the bytes', () => {
    // Values built to pass for the key of another set if the key were joined by separators.
    const hostile = ['a"},["en","controlCharacters",{"codes":"b', 'a\u0000b', 'a', 'b']
    for (const value of hostile) {
      expect(sentence(value)).toBe(
        `It contains the control characters ${value}, which browsers refuse.`,
      )
    }
    // Run together, 'a1' and 2 read as 'a' and 12 do.
    expect(sentence('a1', 'en', 2)).toBe(
      'It contains the control characters a1, which browsers refuse.',
    )
    expect(sentence('a', 'en', 12)).toBe(
      'It contains the control characters a, which browsers refuse.',
    )
    // The same words with another number take another plural form.
    expect(sentence('0x01', 'en', 1)).toBe(
      'It contains the control character 0x01, which browsers refuse.',
    )
  })

  it('keeps a bounded number, and stays right after it lets them go', () => {
    const first = sentence('first-of-many')
    for (let i = 0; i < 10_000; i += 1) sentence(`command-${i}`)
    expect(keptSentenceCount()).toBeLessThanOrEqual(4096)
    expect(keptSentenceCount()).toBeGreaterThan(0)
    expect(sentence('first-of-many')).toBe(first)
  })
})
