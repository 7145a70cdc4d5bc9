import { describe, expect, it } from 'vitest'
import { zoomCommandFor } from '../../src/renderer/src/zoom-keys'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('zoomCommandFor', () => {
  it.each([
    [key('+', { ctrlKey: true }), 'in'],
    [key('=', { ctrlKey: true }), 'in'],
    [key('=', { metaKey: true }), 'in'],
    [key('-', { ctrlKey: true }), 'out'],
    [key('0', { ctrlKey: true }), 'reset'],
    [key('0'), null],
    [key('+', { ctrlKey: true, altKey: true }), null],
    [key('a', { ctrlKey: true }), null],
  ])('%o → %s', (event, command) => {
    expect(zoomCommandFor(event)).toBe(command)
  })
})
