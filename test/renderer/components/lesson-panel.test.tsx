// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/components/App'
import type { LessonListing } from '../../../src/shared/contract'
import type { Lesson } from '../../../src/shared/lessons/lesson'
import { SERVER_URL, makeExchange, makePredictedSentStep } from '../factories'
import { createFakeHost } from '../fake-host'
import { mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(cleanup)

const LESSON: Lesson = {
  format: 1,
  id: 'two-steps',
  title: { en: 'Two steps', 'zh-CN': '两步' },
  summary: 'A <script>alert(1)</script> summary, shown as text.',
  languages: ['en', 'zh-CN'],
  hosts: ['localhost:5000'],
  expects: ['userID'],
  steps: [
    {
      id: 'visit',
      title: { en: 'Visit', 'zh-CN': '访问' },
      text: { en: 'Open <b>/getcookie</b>.', 'zh-CN': '打开 /getcookie。' },
      action: { kind: 'navigate', url: '/getcookie' },
      checks: [{ kind: 'exchange', path: '/getcookie', status: 200 }],
    },
    makePredictedSentStep({ text: 'Again.' }),
  ],
}

const LISTING: LessonListing = {
  ref: 'file:1',
  source: 'file',
  fileName: 'two.yaml',
  lesson: LESSON,
}

function renderWithLesson() {
  const host = createFakeHost({
    lessons: () => [LISTING],
    runLessonAction: () => ({ ok: true }),
  })
  return renderInApp(<App />, { host })
}

async function startLesson() {
  const rendered = renderWithLesson()
  await rendered.user.click(screen.getByRole('button', { name: 'Lessons' }))
  await rendered.user.click(await screen.findByRole('button', { name: /^Two steps/ }))
  return rendered
}

describe('the lesson panel', () => {
  it('takes the detail view’s place, lists the lessons and shows one’s hosts before it starts', async () => {
    const { user } = renderWithLesson()
    expect(screen.getByRole('region', { name: 'Detail' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Lessons' }))
    const panel = screen.getByRole('region', { name: 'Lesson' })
    expect(screen.queryByRole('region', { name: 'Detail' })).toBeNull()
    const item = await within(panel).findByRole('button', { name: /^Two steps/ })
    expect(item.textContent).toContain('2 steps · in en, zh-CN · from two.yaml')
    await user.click(item)
    expect(within(panel).getByRole('note').textContent).toContain('localhost:5000')
    // The teacher's text is text: a tag in it is shown, never run or drawn.
    expect(panel.textContent).toContain('A <script>alert(1)</script> summary')
    expect(panel.querySelector('script')).toBeNull()
    await user.click(within(panel).getByRole('button', { name: 'Start' }))
    expect(within(panel).getByText('Step 1 of 2')).toBeTruthy()
    expect(within(panel).getByText('Open <b>/getcookie</b>.')).toBeTruthy()
  })

  it('runs a step through the host and shows its checks turn from not yet to passed', async () => {
    const { user, host, stores } = await startLesson()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    const panel = screen.getByRole('region', { name: 'Lesson' })
    expect(within(panel).getByText('not yet')).toBeTruthy()
    await user.click(within(panel).getByRole('button', { name: 'Run this step' }))
    expect(host.calls('runLessonAction')).toEqual([
      ['runLessonAction', { ref: 'file:1', stepId: 'visit' }],
    ])
    act(() => stores.timeline.upsert(makeExchange({ url: `${SERVER_URL}/getcookie` })))
    expect(within(panel).getByText('passed')).toBeTruthy()
    expect(within(panel).getByText('Every check passed.')).toBeTruthy()
  })

  it('switches the lesson’s language, and steps with the keys', async () => {
    const { user } = await startLesson()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lesson language' }), 'zh-CN')
    expect(screen.getByRole('heading', { name: '两步' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(screen.getByText('打开 /getcookie。')).toBeTruthy()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByText('Step 2 of 2')).toBeTruthy()
    // The question first, and its checks hidden: they would give the answer away.
    expect(screen.getByText('Will it carry userID?')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Run this step' })).toBeNull()
    expect(screen.queryByText('Checks')).toBeNull()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByText('Step 1 of 2')).toBeTruthy()
  })

  it('puts the step’s focus in the spotlight, from the step’s mark', async () => {
    const { user, stores } = await startLesson()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(stores.spotlight.getSnapshot()).toBeNull()
    act(() => stores.timeline.upsert(makeExchange({ seq: 7 })))
    await user.keyboard('{ArrowRight}')
    expect(stores.spotlight.getSnapshot()).toEqual({
      focus: LESSON.steps[1]!.focus,
      sinceSeq: 7,
      entryIds: [],
    })
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(stores.spotlight.getSnapshot()).toBeNull()
  })

  it('gives the detail view its place back on Enter in the timeline, with one line back to the step', async () => {
    const { user, stores } = await startLesson()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    act(() => stores.timeline.upsert(makeExchange({ seq: 3 })))
    act(() => stores.timeline.select('x3'))
    screen.getByRole('listbox').focus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('region', { name: 'Lesson' })).toBeNull()
    expect(screen.getByRole('region', { name: 'Detail' })).toBeTruthy()
    // The keys are the detail's now: → does not move a lesson no one sees.
    await user.keyboard('{ArrowRight}')
    const back = screen.getByText(/Two steps · Step 1 of 2/)
    await user.click(within(back.parentElement!).getByRole('button', { name: 'Lessons' }))
    expect(screen.getByRole('region', { name: 'Lesson' })).toBeTruthy()
    expect(screen.getByText('Step 1 of 2')).toBeTruthy()
  })

  it('has names and labels for everything (axe) while a step asks its question', async () => {
    const { user } = await startLesson()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await user.keyboard('{ArrowRight}')
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      rules: { 'color-contrast': { enabled: false } },
    })
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([])
  })
})
