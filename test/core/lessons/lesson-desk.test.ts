// The lesson desk: the lessons a lab holds (the built-in ones, then the files opened), named by
// ref, and the one way a step's action gets run. The built-in texts are the real files as every
// host's build inlines them; the pane is a recording stand-in (the real pane: test/e2e/lesson-host).

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_IN_LESSON_TEXTS } from '../../../src/core/lessons/built-in'
import type { LessonLab } from '../../../src/core/lessons/lesson-actions'
import { LessonDesk, MAX_OPENED_LESSONS } from '../../../src/core/lessons/lesson-desk'
import { CodedError, decodeErrorMessage } from '../../../src/shared/coded-error'
import { textIn } from '../../../src/shared/lessons/lesson'
import { BUILT_IN_REFS, lessonWith, TINY_LESSON } from './lesson-text'

const FOLDER = fileURLToPath(new URL('../../../src/core/lessons/built-in/', import.meta.url))
const SERVER = 'http://127.0.0.1:5123'

/** A lab whose pane and store record what the action asked of them, in order. */
function recordingLab(options: { failNavigation?: unknown; holdNavigation?: Promise<void> } = {}) {
  const calls: string[] = []
  const pane = {
    navigate: async (url: string) => {
      calls.push(`navigate ${url}`)
      await options.holdNavigation
      if (options.failNavigation) throw options.failNavigation
    },
    runScript: async (page: string) => void calls.push(`script in ${page}`),
    state: () => ({ url: `${SERVER}/` }),
  }
  const lab = {
    pane,
    entries: () => [],
    store: () => [],
    settled: async () => undefined,
    readStore: async () => undefined,
    expectAppNavigation: (url: string) => void calls.push(`app navigation ${url}`),
    setCookie: async (draft: { name: string; domain: string }) =>
      void calls.push(`set ${draft.name} on ${draft.domain}`),
    deleteCookie: async () => undefined,
    serverUrl: SERVER,
    httpsPort: 5124,
  } as unknown as LessonLab
  return { lab, calls }
}

/** The fact a rejected or failed call carries. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(CodedError)
  return (error as CodedError).fact
}

describe('the built-in lessons', () => {
  it('are exactly the YAML files of their folder, each as its file’s own text', async () => {
    const files = (await readdir(FOLDER)).filter((name) => /\.(ya?ml|json)$/.test(name)).sort()
    expect(BUILT_IN_LESSON_TEXTS.map((text) => text.fileName)).toEqual(files)
    for (const { fileName, text } of BUILT_IN_LESSON_TEXTS) {
      expect(text, fileName).toBe(await readFile(join(FOLDER, fileName), 'utf8'))
    }
  })

  it('are listed first, all ten, in teaching order, by `built-in:<id>`', () => {
    const listings = new LessonDesk().listings()
    expect(listings.map((listing) => listing.ref)).toEqual(BUILT_IN_REFS)
    for (const listing of listings) {
      expect(listing.source).toBe('built-in')
      expect(listing.fileName).toBeUndefined()
    }
    expect(textIn(listings[0]!.lesson.title, 'en')).toBe('Set, get, delete')
  })

  it('leaves out a built-in text that does not read, never half-shows it', () => {
    const desk = new LessonDesk({
      builtIns: [
        { fileName: 'a.yaml', text: TINY_LESSON },
        { fileName: 'b.yaml', text: 'format: 1\nid: [' },
      ],
    })
    expect(desk.listings().map((listing) => listing.ref)).toEqual(['built-in:tiny'])
  })
})

describe('opening a lesson file', () => {
  it('holds a good text under `file:<n>`, listed after the built-in ones, by name only', () => {
    const desk = new LessonDesk()
    const opening = desk.openText('tiny.yaml', TINY_LESSON)
    expect(opening).toEqual({
      ok: true,
      listing: expect.objectContaining({ ref: 'file:1', source: 'file', fileName: 'tiny.yaml' }),
    })
    expect(desk.listings().at(-1)).toEqual(opening.ok ? opening.listing : null)
    expect(desk.listings()).toHaveLength(BUILT_IN_LESSON_TEXTS.length + 1)
  })

  it('answers a bad text with its problems, each on its line, and holds nothing', () => {
    const desk = new LessonDesk()
    const opening = desk.openText('broken.yaml', lessonWith(11, '      kind: submit-a-form'))
    expect(opening).toMatchObject({
      ok: false,
      fileName: 'broken.yaml',
      problems: [{ path: 'steps[0].action.kind', line: 11, problem: { code: 'notOneOf' } }],
    })
    expect(desk.listings()).toHaveLength(BUILT_IN_LESSON_TEXTS.length)
  })

  it('keeps the ref of the very same lesson; a changed file of that name replaces the old one', () => {
    const desk = new LessonDesk()
    const first = desk.openText('tiny.yaml', TINY_LESSON)
    expect(desk.openText('tiny.yaml', TINY_LESSON)).toEqual(first)
    const edited = desk.openText('tiny.yaml', lessonWith(3, 'title: Set it, then get it'))
    expect(edited).toMatchObject({ ok: true, listing: { ref: 'file:2' } })
    expect(desk.listings().filter((listing) => listing.source === 'file')).toEqual([
      edited.ok && edited.listing,
    ])
    expect(() => desk.step('file:1', 'set')).toThrow(CodedError)
  })

  it(`keeps only the newest files opened (${MAX_OPENED_LESSONS} in the app), letting the oldest go`, () => {
    const desk = new LessonDesk({ maxOpened: 2 })
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) desk.openText(name, TINY_LESSON)
    expect(desk.listings().flatMap((listing) => listing.fileName ?? [])).toEqual([
      'b.yaml',
      'c.yaml',
    ])
  })

  describe('from disk (the host’s own dialog)', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'lesson-desk-'))
      await writeFile(join(dir, 'tiny.yaml'), TINY_LESSON)
    })
    afterAll(() => rm(dir, { recursive: true, force: true }))

    it('names the lesson by the file’s name, never its path', async () => {
      const opening = await new LessonDesk().openFile(join(dir, 'tiny.yaml'))
      expect(opening).toMatchObject({ ok: true, listing: { ref: 'file:1', fileName: 'tiny.yaml' } })
      expect(JSON.stringify(opening)).not.toContain(dir)
    })

    it('says a file that is not there could not be read', async () => {
      expect(await new LessonDesk().openFile(join(dir, 'gone.yaml'))).toEqual({
        ok: false,
        fileName: 'gone.yaml',
        problems: [{ problem: { code: 'fileUnreadable', params: { reason: 'ENOENT' } }, path: '' }],
      })
    })
  })
})

describe('running a step’s action', () => {
  it('performs a navigate step as the runner does: the app’s own navigation, then the pane', async () => {
    const { lab, calls } = recordingLab()
    const outcome = await new LessonDesk().runAction(lab, 'built-in:set-get-delete', 'open-form')
    expect(outcome).toEqual({ ok: true })
    expect(calls).toEqual([`app navigation ${SERVER}/`, `navigate ${SERVER}/`])
  })

  it('puts a tutorial host on the tutorial’s own HTTPS port', async () => {
    const { lab, calls } = recordingLab()
    const desk = new LessonDesk()
    const step = desk
      .listings()
      .find((listing) => listing.ref === 'built-in:samesite')
      ?.lesson.steps.find((candidate) => candidate.action.kind === 'navigate')
    await desk.runAction(lab, 'built-in:samesite', step!.id)
    expect(calls[1]).toMatch(/^navigate https:\/\/[a-z.]+\.test:5124\//)
  })

  it('refuses a lesson it does not hold, a step the lesson lacks, and a step left to the learner', async () => {
    const { lab, calls } = recordingLab()
    const desk = new LessonDesk()
    expect(await refusal(desk.runAction(lab, 'file:1', 'set'))).toEqual({
      code: 'noSuchLesson',
      params: { ref: 'file:1' },
    })
    expect(await refusal(desk.runAction(lab, 'built-in:set-get-delete', 'set'))).toEqual({
      code: 'noSuchLessonStep',
      params: { ref: 'built-in:set-get-delete', stepId: 'set' },
    })
    expect(desk.openText('yours.yaml', lessonWith(21, '    action: { kind: learner }')).ok).toBe(
      true,
    )
    expect(await refusal(desk.runAction(lab, 'file:1', 'get'))).toEqual({
      code: 'lessonStepLeftToLearner',
      params: { stepId: 'get' },
    })
    expect(calls).toEqual([])
  })

  it('runs one action at a time: the next waits for the one running, a third is refused', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const { lab, calls } = recordingLab({ holdNavigation: held })
    const navigations = () => calls.filter((call) => call.startsWith('navigate'))
    const desk = new LessonDesk()
    const lesson = 'built-in:set-get-delete'
    const first = desk.runAction(lab, lesson, 'open-form')
    const second = desk.runAction(lab, lesson, 'get-again')
    expect(await refusal(desk.runAction(lab, lesson, 'open-form'))).toEqual({
      code: 'lessonActionBusy',
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    // The second waits its turn: only the first's navigation has begun.
    expect(navigations()).toEqual([`navigate ${SERVER}/`])
    release()
    expect(await first).toEqual({ ok: true })
    expect(await second).toEqual({ ok: true })
    expect(navigations()).toEqual([`navigate ${SERVER}/`, `navigate ${SERVER}/getcookie`])
    // The line is free again.
    expect(await desk.runAction(lab, lesson, 'get-again')).toEqual({ ok: true })
  })

  it('answers an action that failed in the pane with the reason as a fact, and stays usable', async () => {
    const netError = new CodedError({
      code: 'paneLoadFailed',
      params: {
        url: `${SERVER}/`,
        why: { code: 'netError', params: { name: 'ERR_CONNECTION_REFUSED' } },
        code: 'net::ERR_CONNECTION_REFUSED',
      },
    })
    for (const [failure, fact] of [
      [
        new Error('no form on the page'),
        { code: 'lessonActionFailed', params: { detail: 'no form on the page' } },
      ],
      [netError, netError.fact],
    ] as const) {
      const { lab } = recordingLab({ failNavigation: failure })
      const outcome = await new LessonDesk().runAction(lab, 'built-in:set-get-delete', 'open-form')
      expect(outcome.ok).toBe(false)
      expect(decodeErrorMessage(outcome.error ?? '')).toEqual(fact)
    }
  })
})
