// Every character the UI draws must be one that every desktop system's fonts have: Windows Glyph
// List 4 (WGL4), which the default fonts of Windows, macOS and Linux distributions (DejaVu,
// Liberation, Noto) all cover. Anything else (⚠, ⌛, ↻, emoji) showed as an empty box on a
// Linux machine without an emoji font; such marks are inline SVG (components/Icon.tsx).

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/** WGL4 outside ASCII, as code point ranges (inclusive). */
const WGL4: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A
  [0x0192, 0x0192],
  [0x01fa, 0x01ff],
  [0x02c6, 0x02c7],
  [0x02c9, 0x02c9],
  [0x02d8, 0x02dd],
  [0x0384, 0x03ce], // Greek
  [0x0401, 0x045f], // Cyrillic
  [0x0490, 0x0491],
  [0x1e80, 0x1e85],
  [0x1ef2, 0x1ef3],
  [0x2013, 0x2015], // dashes
  [0x2017, 0x201e], // quotes
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x203c, 0x203c],
  [0x203e, 0x203e],
  [0x2044, 0x2044],
  [0x207f, 0x207f],
  [0x20a3, 0x20a4],
  [0x20a7, 0x20a7],
  [0x20ac, 0x20ac],
  [0x2105, 0x2105],
  [0x2113, 0x2113],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2126, 0x2126],
  [0x212e, 0x212e],
  [0x215b, 0x215e],
  [0x2190, 0x2195], // arrows
  [0x21a8, 0x21a8],
  [0x2202, 0x2202],
  [0x2206, 0x2206],
  [0x220f, 0x220f],
  [0x2211, 0x2212], // minus
  [0x2215, 0x2215],
  [0x2219, 0x221a],
  [0x221e, 0x221f],
  [0x2229, 0x2229],
  [0x222b, 0x222b],
  [0x2248, 0x2248],
  [0x2260, 0x2261],
  [0x2264, 0x2265],
  [0x2302, 0x2302], // house
  [0x2310, 0x2310],
  [0x2320, 0x2321],
  [0x2500, 0x25a1], // box drawing, blocks, squares
  [0x25aa, 0x25ac],
  [0x25b2, 0x25b2],
  [0x25ba, 0x25ba],
  [0x25bc, 0x25bc],
  [0x25c4, 0x25c4],
  [0x25ca, 0x25cb],
  [0x25cf, 0x25cf],
  [0x25d8, 0x25d9],
  [0x25e6, 0x25e6],
  [0x263a, 0x263c],
  [0x2640, 0x2640],
  [0x2642, 0x2642],
  [0x2660, 0x2660],
  [0x2663, 0x2663],
  [0x2665, 0x2666],
  [0x266a, 0x266b],
]

const inWgl4 = (code: number) =>
  code < 0x80 || WGL4.some(([from, to]) => code >= from && code <= to)

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, pattern)
    return pattern.test(name) ? [path] : []
  })
}

/** The text a source file can put on screen: its string literals and JSX text, not comments. */
function drawnText(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
  const texts: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isJsxText(node)) texts.push(node.text)
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      texts.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

/** Where the UI's words come from: its components and the English catalogue and explanations. */
const SOURCES = [
  ...filesUnder('src/renderer/src', /\.tsx?$/),
  ...filesUnder('src/shared/messages/en', /\.ts$/),
  ...filesUnder('src/shared/explain', /\.ts$/),
]

describe('characters the UI draws', () => {
  it('reads text out of sources, not comments (the check can see a bad mark)', () => {
    const texts = drawnText('src/renderer/src/components/Icon.tsx')
    expect(texts).toContain('warning')
    expect(texts.join(' ')).not.toContain('⚠')
  })

  it('are all in WGL4, which every desktop system’s fonts have', () => {
    const outside: string[] = []
    for (const path of SOURCES) {
      for (const text of drawnText(path)) {
        for (const character of text) {
          const code = character.codePointAt(0) ?? 0
          if (!inWgl4(code)) {
            outside.push(`${path}: U+${code.toString(16).toUpperCase()} ${character}`)
          }
        }
      }
    }
    expect([...new Set(outside)]).toEqual([])
  })
})
