import { describe, expect, it } from 'vitest'
import { readableError } from '../../src/renderer/src/stores/readable-error'

describe('readableError', () => {
  it('drops the wrapper Electron puts around a handler’s error', () => {
    expect(
      readableError(
        new Error(
          "Error invoking remote method 'cookie-lab:command:navigate': Error: No such page.",
        ),
      ),
    ).toBe('No such page.')
  })

  it('keeps other messages, and never answers with nothing', () => {
    expect(readableError(new Error('The pane is gone.'))).toBe('The pane is gone.')
    expect(readableError('plain string')).toBe('plain string')
    expect(readableError(new Error(''))).toMatch(/no reason/)
  })
})
