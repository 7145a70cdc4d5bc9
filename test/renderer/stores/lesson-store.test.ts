import { describe, expect, it, vi } from 'vitest'
import type { LessonListing, LessonOpening } from '../../../src/shared/contract'
import type { StoredCookie } from '../../../src/shared/domain'
import type { Lesson } from '../../../src/shared/lessons/lesson'
import {
  LessonStore,
  type LessonApi,
  type LessonCapture,
} from '../../../src/renderer/src/stores/lesson-store'
import { TimelineStore } from '../../../src/renderer/src/stores/timeline-store'
import {
  SERVER_URL,
  makeCookie,
  makeExchange,
  makePredictedSentStep,
  makeSetCookieLine,
} from '../factories'

const LESSON: Lesson = {
  format: 1,
  id: 'tiny',
  title: { en: 'Tiny', 'zh-CN': '小' },
  summary: 'A cookie is set, then sent.',
  languages: ['en', 'zh-CN'],
  hosts: [],
  expects: [],
  steps: [
    {
      id: 'set',
      title: 'Set',
      text: 'Log in.',
      action: { kind: 'submit-form', page: '/', fields: { nm: 'alice' } },
      checks: [{ kind: 'stored', path: '/setcookie', cookie: 'userID', value: 'alice' }],
    },
    makePredictedSentStep({ id: 'get', title: 'Get' }),
    {
      id: 'yours',
      title: 'Yours',
      text: 'Delete it in the inspector.',
      action: { kind: 'learner' },
      checks: [{ kind: 'store-lacks', cookie: 'userID' }],
    },
  ],
}

const LISTING: LessonListing = { ref: 'built-in:tiny', source: 'built-in', lesson: LESSON }

function setup(overrides: Partial<LessonApi> = {}) {
  const timeline = new TimelineStore()
  let store: StoredCookie[] = []
  const api = {
    lessons: vi.fn(async () => [LISTING]),
    openLessonText: vi.fn(async (): Promise<LessonOpening> => ({ ok: true, listing: LISTING })),
    runLessonAction: vi.fn(async () => ({ ok: true })),
    clearCookies: vi.fn(async () => undefined),
    ...overrides,
  } as unknown as LessonApi & Record<keyof LessonApi, ReturnType<typeof vi.fn>>
  const capture: LessonCapture = {
    entries: () => timeline.getSnapshot().entries,
    lastSeq: () => timeline.lastSeq(),
    store: () => store,
    markFresh: () => timeline.markFresh(),
  }
  const lessons = new LessonStore(api, capture, 1000)
  timeline.subscribe(() => lessons.refresh())
  return {
    api,
    timeline,
    lessons,
    setStore(cookies: StoredCookie[]) {
      store = cookies
      lessons.refresh()
    },
  }
}

async function playing(overrides: Partial<LessonApi> = {}, before?: (world: World) => void) {
  const world = setup(overrides)
  before?.(world)
  world.lessons.show()
  await world.lessons.loadListings()
  world.lessons.choose(LISTING.ref)
  world.lessons.start()
  return world
}

type World = ReturnType<typeof setup>

const stepOf = (lessons: LessonStore) => {
  const { view } = lessons.getSnapshot()
  if (view.view !== 'playing') throw new Error(`not playing: ${view.view}`)
  return view.step
}

const setCookieRow = (seq: number) =>
  makeExchange({
    seq,
    method: 'POST',
    url: `${SERVER_URL}/setcookie`,
    setCookies: [makeSetCookieLine('userID=alice; Path=/', { name: 'userID', value: 'alice' })],
  })

describe('LessonStore: choosing a lesson', () => {
  it('lists the host’s lessons once, and shows one before it starts', async () => {
    const { api, lessons } = setup()
    lessons.show()
    lessons.show()
    await lessons.loadListings()
    expect(api.lessons).toHaveBeenCalledTimes(1)
    expect(lessons.getSnapshot()).toMatchObject({ shown: true, listings: [LISTING] })
    lessons.choose(LISTING.ref)
    expect(lessons.getSnapshot().view).toEqual({ view: 'intro', listing: LISTING })
    lessons.start()
    expect(stepOf(lessons)).toMatchObject({ index: 0, run: { state: 'waiting' } })
  })

  it('says why the lessons could not be listed, and asks again next time', async () => {
    const lessons = setup({ lessons: vi.fn(async () => Promise.reject(new Error('gone'))) }).lessons
    await lessons.loadListings()
    expect(lessons.getSnapshot().listError).toBe('gone')
  })

  it('sends an opened file’s text with its name, and introduces the lesson it was', async () => {
    const { api, lessons } = setup()
    await lessons.openFile({ name: 'tiny.yaml', size: 10, text: async () => 'format: 1' })
    expect(api.openLessonText).toHaveBeenCalledWith('tiny.yaml', 'format: 1')
    expect(lessons.getSnapshot()).toMatchObject({
      shown: true,
      trouble: null,
      view: { view: 'intro', listing: LISTING },
    })
  })

  it('lists a bad file’s problems with file, line and field, and reads no file over the cap', async () => {
    const { api, lessons } = setup({
      openLessonText: vi.fn(async (): Promise<LessonOpening> => ({
        ok: false,
        fileName: 'bad.yaml',
        problems: [
          {
            line: 3,
            column: 7,
            path: 'steps[0].action.kind',
            problem: {
              code: 'notOneOf',
              params: { value: 'teleport', allowed: 'navigate, learner' },
            },
          },
        ],
      })),
    })
    await lessons.openFile({ name: 'bad.yaml', size: 10, text: async () => 'x' })
    expect(lessons.getSnapshot().trouble).toEqual({
      fileName: 'bad.yaml',
      problems: [
        'bad.yaml:3:7: steps[0].action.kind: "teleport" is not one of: navigate, learner.',
      ],
      error: null,
    })
    const text = vi.fn(async () => 'never read')
    await lessons.openFile({ name: 'huge.yaml', size: 5000, text })
    expect(text).not.toHaveBeenCalled()
    expect(api.openLessonText).toHaveBeenCalledTimes(1)
    expect(lessons.getSnapshot().trouble?.error).toBe(
      'huge.yaml is 5,000 bytes; a lesson file may be at most 1,000.',
    )
  })

  it('keeps the language across lessons only where the lesson has it', async () => {
    const { lessons } = setup()
    await lessons.loadListings()
    lessons.choose(LISTING.ref)
    lessons.setLanguage('fr')
    expect(lessons.getSnapshot().language).toBe('en')
    lessons.setLanguage('zh-CN')
    expect(lessons.getSnapshot().language).toBe('zh-CN')
  })
})

describe('LessonStore: a step’s checks, live', () => {
  it('runs the step through the host and reads its checks over what came after its mark', async () => {
    // An older login does not pass the step: it came before the step's mark.
    const { api, lessons, timeline } = await playing({}, (world) =>
      world.timeline.upsert(setCookieRow(1)),
    )
    expect(stepOf(lessons)).toMatchObject({ mark: 1, passed: false })
    let finish: (value: { ok: boolean }) => void = () => undefined
    api.runLessonAction.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    const running = lessons.run()
    expect(api.runLessonAction).toHaveBeenCalledWith('built-in:tiny', 'set')
    expect(stepOf(lessons)).toMatchObject({ mark: 1, run: { state: 'running' } })
    timeline.upsert(setCookieRow(2))
    expect(stepOf(lessons)).toMatchObject({ passed: true })
    expect(stepOf(lessons).verdicts[0]).toMatchObject({ passed: true, entryId: 'x2' })
    finish({ ok: true })
    await running
    expect(stepOf(lessons).run).toEqual({ state: 'ran' })
  })

  it('says, in words, why the host could not run a step', async () => {
    const { lessons } = await playing({
      runLessonAction: vi.fn(async () => ({ ok: false, error: 'the pane is not on /' })),
    })
    await lessons.run()
    expect(stepOf(lessons).run).toEqual({ state: 'failed', error: 'the pane is not on /' })
  })

  it('lets the learner act: the checks follow from the moment they said so', async () => {
    const { api, lessons, timeline } = await playing()
    // Done before "Let me do it": not the learner's doing for this step.
    timeline.upsert(setCookieRow(1))
    lessons.doIt()
    expect(stepOf(lessons)).toMatchObject({ mark: 1, run: { state: 'learner' }, passed: false })
    timeline.upsert(setCookieRow(2))
    expect(stepOf(lessons).passed).toBe(true)
    expect(api.runLessonAction).not.toHaveBeenCalled()
  })

  it('ignores the answer to an action of a step the room has left', async () => {
    const { api, lessons } = await playing()
    let finish: (value: { ok: boolean; error?: string }) => void = () => undefined
    api.runLessonAction.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    const running = lessons.run()
    lessons.next()
    finish({ ok: false, error: 'late' })
    await running
    expect(stepOf(lessons)).toMatchObject({ index: 1, run: { state: 'waiting' } })
  })

  it('reads store checks over the store now, and a learner step is the learner’s at once', async () => {
    const { lessons, setStore } = await playing()
    lessons.next()
    lessons.predict(null)
    lessons.next()
    expect(stepOf(lessons)).toMatchObject({ index: 2, run: { state: 'learner' } })
    setStore([makeCookie()])
    expect(stepOf(lessons).passed).toBe(false)
    setStore([])
    expect(stepOf(lessons).passed).toBe(true)
    lessons.next()
    expect(stepOf(lessons).index).toBe(2)
    lessons.back()
    lessons.back()
    lessons.back()
    expect(stepOf(lessons).index).toBe(0)
  })
})

describe('LessonStore: predict, then reveal', () => {
  it('asks before the step can run, and reveals once it ran and its checks passed', async () => {
    const { api, lessons, timeline } = await playing()
    lessons.next()
    expect(stepOf(lessons).prediction).toEqual({ state: 'asking' })
    await lessons.run()
    expect(api.runLessonAction).not.toHaveBeenCalled()
    lessons.predict('maybe')
    expect(stepOf(lessons).prediction).toEqual({ state: 'asking' })
    lessons.predict('no')
    expect(stepOf(lessons).prediction).toEqual({ state: 'answered', pick: 'no' })
    await lessons.run()
    expect(stepOf(lessons)).toMatchObject({ run: { state: 'ran' }, revealed: false })
    timeline.upsert(makeExchange({ seq: 5, cookiePairs: [{ name: 'userID', value: 'alice' }] }))
    expect(stepOf(lessons)).toMatchObject({ passed: true, revealed: true })
    // The answer stays shown whatever comes next.
    timeline.markFresh()
    expect(stepOf(lessons).revealed).toBe(true)
  })

  it('does not reveal checks that passed before the step ran', async () => {
    const { lessons, setStore } = await playing()
    lessons.next()
    lessons.next()
    setStore([])
    expect(stepOf(lessons)).toMatchObject({ index: 2, passed: true, revealed: false })
  })
})

describe('LessonStore: Reset', () => {
  it('hides the timeline so far, empties the store and starts over at step 1', async () => {
    const { api, lessons, timeline } = await playing()
    timeline.upsert(setCookieRow(1))
    lessons.next()
    await lessons.reset()
    expect(api.clearCookies).toHaveBeenCalledTimes(1)
    expect(timeline.getSnapshot()).toMatchObject({ rows: [], hiddenEarlier: 1 })
    expect(stepOf(lessons)).toMatchObject({ index: 0, mark: 1, run: { state: 'waiting' } })
  })

  it('says so when the store could not be emptied', async () => {
    const { lessons } = await playing({
      clearCookies: vi.fn(async () => Promise.reject(new Error('host gone'))),
    })
    await lessons.reset()
    expect(stepOf(lessons).run).toEqual({ state: 'failed', error: 'host gone' })
  })
})
