// The lessons that ship with the app: each is a valid lesson in English and Simplified Chinese,
// and "Set, get, delete" re-enacts seeds 000, 001 and 003 against the tutorial's real routes.
// That their checks hold in Chromium is proven by `verify --all` (test/e2e/lesson-verify.test.ts).
// The example a teacher copies from docs/lessons.md is held valid too.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBrowserHost } from '../../../scripts/build-browser-host.mjs'
import { BUILT_IN_LESSON_TEXTS } from '../../../src/core/lessons/built-in'
import { readLessonFile, readLessonText } from '../../../src/core/lessons/read-lesson'
import { lessonUrlParts } from '../../../src/core/lessons/lesson-url'
import { textIn, type Lesson } from '../../../src/shared/lessons/lesson'
import { formatLessonProblem } from '../../../src/shared/lessons/lesson-problem-words'
import { findTutorialRoute } from '../../../src/shared/tutorial-routes'

const FOLDER = fileURLToPath(new URL('../../../src/core/lessons/built-in/', import.meta.url))

async function builtIn(name: string): Promise<Lesson> {
  const reading = await readLessonFile(FOLDER + name)
  if (!reading.ok) {
    throw new Error(reading.problems.map((p) => formatLessonProblem(p, name)).join('\n'))
  }
  return reading.lesson
}

describe('built-in lessons', () => {
  it('every file in the folder is a valid lesson in en and zh-CN, named NN-id in teaching order', async () => {
    const files = (await readdir(FOLDER)).filter((name) => /\.(ya?ml|json)$/.test(name))
    expect(files).toContain('01-set-get-delete.yaml')
    for (const name of files) {
      const lesson = await builtIn(name)
      expect(name).toMatch(/^\d\d-/)
      expect(lesson.id).toBe(name.replace(/^\d\d-/, '').replace(/\.\w+$/, ''))
      expect(lesson.languages).toEqual(['en', 'zh-CN'])
      expect(lesson.hosts).toEqual([])
    }
  })

  it('the ten lessons of the issue are there, each step with a focus, each lesson with predictions', async () => {
    const files = (await readdir(FOLDER)).filter((name) => /\.(ya?ml|json)$/.test(name))
    // The order of the issue, which the numbers in the file names keep.
    expect(files.sort().map((name) => name.replace(/^\d\d-/, '').replace(/\.\w+$/, ''))).toEqual([
      'set-get-delete',
      'what-the-server-sees',
      'javascript-and-cookies',
      'lifetimes',
      'path',
      'domain',
      'samesite',
      'secure-and-prefixes',
      'partitioned-cookies',
      'why-refused',
    ])
    for (const name of files) {
      const lesson = await builtIn(name)
      for (const step of lesson.steps) {
        expect(step.focus, `${name}: ${step.id}`).toBeDefined()
        expect(step.checks.length, `${name}: ${step.id}`).toBeGreaterThan(0)
      }
      expect(
        lesson.steps.some((step) => step.prediction !== undefined),
        name,
      ).toBe(true)
    }
  })

  it('Why was my cookie refused: each refusal names its reason', async () => {
    const lesson = await builtIn('10-why-refused.yaml')
    const reasons = lesson.steps.flatMap((step) =>
      step.checks.flatMap((check) => (check.kind === 'refused' ? [check.reason] : [])),
    )
    expect(reasons).toEqual([
      'SameSiteNoneInsecure',
      'NameValuePairExceedsMaxSize',
      'InvalidDomain',
      'InvalidPrefix',
      'inferredPartitionedWithoutSecure',
    ])
  })

  it('Set, get, delete: the form, /setcookie, /getcookie, /deletecookie, then get again', async () => {
    const lesson = await builtIn('01-set-get-delete.yaml')
    expect(textIn(lesson.title, 'zh-CN')).toBe('设置、读取、删除')
    expect(lesson.steps.map((step) => step.id)).toEqual([
      'open-form',
      'set-cookie',
      'get-cookie',
      'delete-cookie',
      'get-again',
    ])
    const [open, set, get, remove, again] = lesson.steps
    expect(set?.action).toEqual({
      kind: 'submit-form',
      page: '/',
      selector: 'form[action="/setcookie"]',
      fields: { nm: 'alice' },
    })
    expect(set?.checks).toContainEqual({
      kind: 'stored',
      path: '/setcookie',
      cookie: 'userID',
      value: 'alice',
    })
    expect(get?.checks).toContainEqual({
      kind: 'sent',
      path: '/getcookie',
      cookie: 'userID',
      value: 'alice',
    })
    expect(open?.checks).toContainEqual({ kind: 'store-lacks', cookie: 'userID' })
    expect(remove?.checks).toContainEqual({ kind: 'store-lacks', cookie: 'userID' })
    expect(again?.checks).toContainEqual({ kind: 'not-sent', path: '/getcookie', cookie: 'userID' })
    expect(set?.prediction?.answer).toBe('stored')
    expect(again?.prediction?.answer).toBe('not-sent')
  })

  it('Set, get, delete goes only to routes the tutorial server has', async () => {
    const lesson = await builtIn('01-set-get-delete.yaml')
    for (const step of lesson.steps) {
      const action = step.action
      if (action.kind === 'navigate') {
        expect(findTutorialRoute('GET', lessonUrlParts(action.url)?.path ?? '')).toBeDefined()
      }
      for (const check of step.checks) {
        if ('path' in check) {
          expect(
            findTutorialRoute(check.method ?? 'GET', check.path) ??
              findTutorialRoute('POST', check.path),
          ).toBeDefined()
        }
      }
    }
  })
})

describe('docs/lessons.md', () => {
  it('its lesson to copy is a valid lesson', async () => {
    const docs = await readFile(new URL('../../../docs/lessons.md', import.meta.url), 'utf8')
    const example = /## A small lesson to copy\n\n```yaml\n([\s\S]*?)```/.exec(docs)?.[1]
    expect(example).toBeDefined()
    const reading = readLessonText(example ?? '')
    expect(reading.ok ? reading.lesson.steps.map((step) => step.id) : reading.problems).toEqual([
      'set',
      'get',
    ])
  })
})

describe('the built-in lessons in the browser host’s build', () => {
  // Electron main's build (Vite) is proven by shell-wiring.test.ts, which lists them from the
  // built bundle; vitest reads them as Vite does. The browser host is built by esbuild.
  let out: string
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'browser-host-build-'))
    await buildBrowserHost(out)
  }, 60_000)
  afterAll(() => rm(out, { recursive: true, force: true }))

  it('holds every file of the folder, inlined as text', async () => {
    const bundle = await readFile(join(out, 'cli.mjs'), 'utf8')
    for (const { fileName, text } of BUILT_IN_LESSON_TEXTS) {
      expect(bundle, fileName).toContain(`// src/core/lessons/built-in/${fileName}?raw`)
      const idLine = /^id: .+$/m.exec(text)?.[0]
      expect(idLine, fileName).toBeDefined()
      expect(bundle, fileName).toContain(idLine)
    }
    expect(bundle).not.toContain(process.cwd())
  })
})
