import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UI_BACKGROUND } from '../../src/main/ui-theme'

describe('UI_BACKGROUND', () => {
  it('is the renderer’s --bg in each theme', () => {
    const css = readFileSync(
      resolve(import.meta.dirname, '../../src/renderer/src/theme.css'),
      'utf8',
    )
    const bgIn = (selector: RegExp) =>
      new RegExp(`${selector.source}[^{]*\\{[^}]*--bg:\\s*(#[0-9a-f]{3,8})`, 'i').exec(css)?.[1]
    expect(bgIn(/:root\[data-theme='light'\]/)?.toLowerCase()).toBe(UI_BACKGROUND.light)
    expect(bgIn(/:root\[data-theme='dark'\]/)?.toLowerCase()).toBe(UI_BACKGROUND.dark)
  })
})
