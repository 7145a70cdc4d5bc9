import { describe, expect, it, vi } from 'vitest'
import type { LessonListing } from '../../../src/shared/contract'
import { createAppStores } from '../../../src/renderer/src/stores/app-stores'
import { createFakeHost } from '../fake-host'
import { makeCookie, makeExchange } from '../factories'

const LISTING: LessonListing = {
  ref: 'built-in:gone',
  source: 'built-in',
  lesson: {
    format: 1,
    id: 'gone',
    title: 'Gone',
    summary: 'The cookie goes.',
    languages: ['en'],
    hosts: [],
    expects: ['userID'],
    steps: [
      {
        id: 'gone',
        title: 'Gone',
        text: 'Delete it.',
        action: { kind: 'learner' },
        focus: { kind: 'store', cookie: 'userID' },
        checks: [{ kind: 'store-lacks', cookie: 'userID' }],
      },
    ],
  },
}

function playing() {
  const host = createFakeHost({ lessons: () => [LISTING] })
  const stores = createAppStores(host.api)
  stores.lesson.opened({ ok: true, listing: LISTING })
  stores.lesson.start()
  const step = () => {
    const { view } = stores.lesson.getSnapshot()
    if (view.view !== 'playing') throw new Error('not playing')
    return view.step
  }
  return { host, stores, step }
}

describe('the lesson store’s links', () => {
  it('reads the checks again when the live store changes, not when only the view of it does', () => {
    const { stores, step } = playing()
    stores.inspector.setLive([makeCookie()])
    expect(step().passed).toBe(false)
    const refresh = vi.spyOn(stores.lesson, 'refresh')
    stores.timeline.setFilter('user')
    expect(refresh).not.toHaveBeenCalled()
    stores.inspector.setLive([])
    expect(step().passed).toBe(true)
    stores.timeline.upsert(makeExchange())
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('spotlights the step’s focus from its mark, and clears it when the lesson ends', () => {
    const { stores } = playing()
    expect(stores.spotlight.getSnapshot()).toMatchObject({
      focus: { kind: 'store', cookie: 'userID' },
      sinceSeq: -1,
    })
    stores.lesson.close()
    expect(stores.spotlight.getSnapshot()).toBeNull()
  })

  it('opens a lesson the host opened itself (the menu’s Open Lesson…)', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    host.emit('lessonOpened', { ok: false, fileName: 'x.yaml', problems: [] })
    expect(stores.lesson.getSnapshot()).toMatchObject({
      shown: true,
      trouble: { fileName: 'x.yaml' },
    })
    host.emit('lessonOpened', { ok: true, listing: LISTING })
    expect(stores.lesson.getSnapshot().view).toEqual({ view: 'intro', listing: LISTING })
    stores.dispose()
    expect(host.listenerCount('lessonOpened')).toBe(0)
  })
})
