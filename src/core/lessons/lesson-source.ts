// A lesson file's text read as data, safely: YAML 1.2 with the core schema (JSON is YAML too, so
// one reader serves both and gives positions for both). A file may come from anyone, so:
// - its size is capped before anything is parsed;
// - no tag is accepted, not even a standard one: `!!js/function` and custom tags are refused
//   rather than read as text, so a file never means more than plain data;
// - aliases are capped (a "billion laughs" file is refused, not expanded);
// - `__proto__`, `constructor` and `prototype` keys are refused wherever they appear;
// - duplicate keys are an error, not "the last one wins".
// What is wrong is reported as located problems, never thrown.

import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml'
import type { LessonProblem, LocatedLessonProblem } from '../../shared/lessons/lesson-problems'
import { MAX_LESSON_BYTES } from '../../shared/lessons/lesson'
import { messageOf } from '../../shared/error-message'

export { MAX_LESSON_BYTES }
/** Aliases resolved while building the value: plenty for a lesson, tiny for a bomb (yaml allows 100). */
export const MAX_ALIASES = 50
/**
 * How deep lists and mappings may nest. yaml recurses per level: a 40 KB file of `[` overflows
 * its stack, and after that overflow (which yaml catches) Node 20 was seen to die out of memory
 * in its next regular expression. A lesson nests about 6 levels; deeper files are refused
 * before parsing.
 */
export const MAX_NESTING = 64

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export type FieldPath = readonly (string | number)[]

/** A parsed file: its value, and where each field sits in the text. */
export interface LessonSource {
  value: unknown
  /**
   * The position of the value at PATH (of its key, for TARGET `key`), or of the nearest field
   * above it that exists.
   */
  locate(path: FieldPath, target?: 'value' | 'key'): { line: number; column: number }
}

export type SourceResult =
  { ok: true; source: LessonSource } | { ok: false; problems: LocatedLessonProblem[] }

/** The file's bytes as text: UTF-8 (a byte order mark is dropped), under the size cap. */
export function decodeLessonBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: LocatedLessonProblem[] } {
  if (bytes.byteLength > MAX_LESSON_BYTES) return fileProblem(tooLargeProblem(bytes.byteLength))
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return fileProblem({ code: 'fileNotUtf8' })
  }
}

export function readLessonSource(text: string): SourceResult {
  // n UTF-16 units are at most 3n UTF-8 bytes: count the bytes only when they could be over.
  const bytes = text.length > MAX_LESSON_BYTES / 3 ? Buffer.byteLength(text) : 0
  if (bytes > MAX_LESSON_BYTES) return fileProblem(tooLargeProblem(bytes))
  const deep = tooDeepAt(text)
  if (deep !== null) {
    const line = text.slice(0, deep).split('\n').length
    const column = deep - text.lastIndexOf('\n', deep - 1)
    return { ok: false, problems: [{ problem: { code: 'yamlTooDeep' }, path: '', line, column }] }
  }
  try {
    return readSource(text)
  } catch (error) {
    // What yaml throws rather than reports: too many aliases (a ReferenceError), a stack
    // overflow on absurd nesting. Bad input all the same, never a crash.
    return fileProblem(problemOfMessage(messageOf(error)))
  }
}

function readSource(text: string): SourceResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
  })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  // The first error only: the ones after it are mostly its echo (an unclosed bracket, a bad
  // indent), and a hostile file can make thousands.
  const firstError = doc.errors[0]
  if (firstError) {
    const problem = problemOfMessage(firstError.message)
    return { ok: false, problems: [{ problem, path: '', ...at(firstError.pos[0]) }] }
  }
  const problems: LocatedLessonProblem[] = []
  visit(doc, {
    Node(_key, node) {
      if (node.tag && node.range) {
        const written = writtenTag(text, node.range[0])
        problems.push({
          problem: { code: 'yamlTag', params: { tag: written?.tag ?? node.tag } },
          path: '',
          ...at(written?.offset ?? node.range[0]),
        })
      }
    },
    Pair(_key, pair) {
      // A key may be an alias of a scalar elsewhere (`*name: value`): judge what it stands for.
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key
      if (isScalar(key) && FORBIDDEN_KEYS.has(String(key.value))) {
        problems.push({
          problem: { code: 'forbiddenKey', params: { key: String(key.value) } },
          path: '',
          ...at(isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0),
        })
      }
    },
  })
  if (problems.length > 0) return { ok: false, problems }

  const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES })
  return {
    ok: true,
    source: { value, locate: (path, target = 'value') => at(offsetOf(doc, path, target)) },
  }
}

function offsetOf(doc: Document, path: FieldPath, target: 'value' | 'key'): number {
  if (target === 'key' && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true)
    const pair = isMap(parent)
      ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1))
      : undefined
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0]
  }
  // A missing field: the nearest field above it that exists, the mapping that lacks it.
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true)
    if (isNode(node) && node.range) return node.range[0]
  }
  return 0
}

/**
 * Where TEXT first nests deeper than MAX_NESTING, or null: one pass, counting open flow brackets
 * (`[`, `{`) and, at the start of each line, the columns of indentation and of `- `, `? `, `: `
 * indicators (each level of block nesting takes at least one). It over-counts brackets in
 * prose and comments, which only matters for a file with dozens of unclosed ones.
 */
function tooDeepAt(text: string): number | null {
  let flow = 0
  let lineStart = true
  let lead = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') {
      lineStart = true
      lead = 0
      continue
    }
    if (lineStart) {
      if (char === ' ' || char === '-' || char === '?' || char === ':' || char === '\t') {
        lead++
        if (lead > 2 * MAX_NESTING) return i
        continue
      }
      lineStart = false
    }
    if (char === '[' || char === '{') {
      flow++
      if (flow > MAX_NESTING) return i
    } else if ((char === ']' || char === '}') && flow > 0) flow--
  }
  return null
}

/** A message of yaml's (reported or thrown) as a problem. */
function problemOfMessage(message: string): LessonProblem {
  if (/excessive alias count/i.test(message))
    return { code: 'yamlAliases', params: { max: MAX_ALIASES } }
  // yaml also catches its own stack overflow on absurd nesting and reports it as an error.
  if (/call stack/i.test(message)) return { code: 'yamlTooDeep' }
  return { code: 'yamlSyntax', params: { detail: yamlDetail(message) } }
}

/** yaml's own message without the position it repeats ("… at line 3, column 5"). */
function yamlDetail(message: string): string {
  return (message.split(/ at line \d+, column \d+/)[0] ?? message).trim().replace(/[.:]$/, '')
}

/** The tag as the teacher wrote it (`!!js/function`, not as yaml resolved it), and where. */
function writtenTag(text: string, valueOffset: number): { tag: string; offset: number } | null {
  const from = Math.max(0, valueOffset - 200)
  const match = /(![^\s]*)\s*$/.exec(text.slice(from, valueOffset))
  return match?.[1] ? { tag: match[1], offset: from + match.index } : null
}

export function tooLargeProblem(bytes: number): LessonProblem {
  return { code: 'fileTooLarge', params: { bytes, max: MAX_LESSON_BYTES } }
}

function fileProblem(problem: LessonProblem): { ok: false; problems: LocatedLessonProblem[] } {
  return { ok: false, problems: [{ problem, path: '' }] }
}
