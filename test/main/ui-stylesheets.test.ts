// The UI's stylesheets (src/renderer) stay split as they were split: the theme's tokens in
// theme.css alone, and each component's stylesheet beside it, imported by it, drawing every
// colour and font from the theme.

import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const UI = resolve(import.meta.dirname, '../../src/renderer/src')
const COMPONENTS = join(UI, 'components')
const read = (path: string) => readFileSync(path, 'utf8')
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '')

const theme = withoutComments(read(join(UI, 'theme.css')))
const tokens = new Set([...theme.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))
const sheets = [
  join(UI, 'base.css'),
  ...readdirSync(COMPONENTS)
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(COMPONENTS, name)),
]

// Set per element from React's style prop, not a theme token.
const INLINE_PROPERTIES = new Set(['--top-share'])

describe('the stylesheets', () => {
  it('holds the light and dark themes in theme.css', () => {
    expect(theme).toMatch(/:root\[data-theme='light'\]/)
    expect(theme).toMatch(/:root\[data-theme='dark'\]/)
    expect(tokens.size).toBeGreaterThan(40)
  })

  it.each(sheets.map((path) => [basename(path), path]))(
    '%s takes its colours and fonts from the theme and defines no token',
    (_name, path) => {
      const css = withoutComments(read(path))
      expect(css.match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch|color-mix)\(/gi)).toBeNull()
      expect(css.match(/^\s*--[\w-]+\s*:/gm)).toBeNull()
      for (const [, family] of css.matchAll(/font-family:\s*([^;]+);/g))
        expect(family).toMatch(/^var\(--(sans|mono)\)$/)
      const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!)
      expect(used.filter((name) => !tokens.has(name) && !INLINE_PROPERTIES.has(name))).toEqual([])
    },
  )

  it('gives every component stylesheet its component, which imports it', () => {
    for (const sheet of sheets.filter((path) => path.startsWith(COMPONENTS))) {
      const component = sheet.replace(/\.css$/, '.tsx')
      expect(read(component), basename(component)).toContain(`import './${basename(sheet)}'`)
    }
  })
})
