import { describe, expect, it } from 'vitest'
import { firstLineOf, messageOf } from '../../src/shared/error-message'

describe('error words', () => {
  it('reads the message of an Error and the text of anything else thrown', () => {
    expect(messageOf(new Error('refused'))).toBe('refused')
    expect(messageOf('a string')).toBe('a string')
    expect(messageOf(42)).toBe('42')
  })

  it('keeps the first line of a message that goes on with a call log', () => {
    expect(firstLineOf(new Error('page.goto: net::ERR_ABORTED\nCall log:\n  - navigating'))).toBe(
      'page.goto: net::ERR_ABORTED',
    )
    expect(firstLineOf('one line')).toBe('one line')
    expect(firstLineOf(new Error(''))).toBe('')
  })
})
