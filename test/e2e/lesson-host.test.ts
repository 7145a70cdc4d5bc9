// The host's side of lessons, end to end: the built UI page calls `window.cookieLab` over the
// real UI bridge to a real LabSession, whose pane is real Chromium on the real tutorial server.
// The UI names lessons by ref and steps by id only; the host lists, opens (a file's text) and
// runs the action of lessons it read itself, and refuses anything else.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import type {
  CommandArgs,
  CommandName,
  CommandResult,
  CookieLabApi,
  LessonOpening,
} from '../../src/shared/contract'
import { decodeErrorMessage } from '../../src/shared/coded-error'
import { checkVerdicts } from '../../src/shared/lessons/check-verdicts'
import type { Exchange } from '../../src/shared/domain'
import type { UiHarness } from '../support/lab-harness'
import { latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'
import { BUILT_IN_REFS, lessonWith, TINY_LESSON } from '../core/lessons/lesson-text'

type Settled<T> = { resolved: T } | { rejected: string }

/** Calls the UI page's own API (`window.cookieLab`) as the player does: how did the host answer? */
function call<K extends CommandName>(
  ui: UiHarness,
  name: K,
  ...args: CommandArgs<K>
): Promise<Settled<CommandResult<K>>> {
  return ui.page.evaluate(
    ([command, commandArgs]) => {
      const api = (
        window as unknown as { cookieLab: Record<string, (...a: unknown[]) => Promise<never>> }
      ).cookieLab
      return api[command]!(...commandArgs).then(
        (resolved) => ({ resolved }),
        (error: Error) => ({ rejected: error.message }),
      )
    },
    [name, args as unknown[]] as const,
  )
}

const resolvedOf = <T>(settled: Settled<T>): T => {
  if ('rejected' in settled) throw new Error(`the host refused: ${settled.rejected}`)
  return settled.resolved
}

const factOf = (settled: Settled<unknown>) =>
  'rejected' in settled ? decodeErrorMessage(settled.rejected) : settled

describe('lessons over the UI bridge', () => {
  labTest('lists the ten built-in lessons, then the files opened', async ({ ui }) => {
    const lessons = resolvedOf(await call(ui, 'lessons'))
    expect(lessons.map((listing) => listing.ref)).toEqual(BUILT_IN_REFS)
    expect(lessons[0]?.lesson.steps.map((step) => step.id)).toEqual([
      'open-form',
      'set-cookie',
      'get-cookie',
      'delete-cookie',
      'get-again',
    ])
  })

  labTest('opens a good text, and answers a bad one with its problems by line', async ({ ui }) => {
    const good = resolvedOf(await call(ui, 'openLessonText', 'tiny.yaml', TINY_LESSON))
    expect(good).toMatchObject({
      ok: true,
      listing: { ref: 'file:1', source: 'file', fileName: 'tiny.yaml', lesson: { id: 'tiny' } },
    })
    const bad = resolvedOf(
      await call(ui, 'openLessonText', 'broken.yaml', lessonWith(11, '      kind: submit-a-form')),
    )
    expect(bad).toMatchObject({
      ok: false,
      fileName: 'broken.yaml',
      problems: [
        {
          path: 'steps[0].action.kind',
          line: 11,
          problem: { code: 'notOneOf', params: { value: 'submit-a-form' } },
        },
      ],
    })
    const refs = resolvedOf(await call(ui, 'lessons')).map((listing) => listing.ref)
    expect(refs).toHaveLength(11)
    expect(refs.at(-1)).toBe('file:1')
    // A path for a name is refused before any reading: the UI sends a file's text, never a path.
    expect(await call(ui, 'openLessonText', '/etc/passwd', 'format: 1')).toEqual({
      rejected: expect.stringMatching(/fileName: a file name, never a path/),
    })
  })

  labTest(
    'runs lesson 01’s actions in the pane: the app’s own navigation, then the form, each captured',
    async ({ lab, ui }) => {
      const run = (stepId: string) => call(ui, 'runLessonAction', 'built-in:set-get-delete', stepId)
      const lessons = resolvedOf(await call(ui, 'lessons'))
      const [openForm, setCookie] = lessons[0]!.lesson.steps

      const before = lab.capture.entries().at(-1)?.seq ?? -1
      expect(await run('open-form')).toEqual({ resolved: { ok: true } })
      const home = await latestComplete(
        lab.capture,
        (exchange) => exchange.seq > before && urlOf(exchange).pathname === '/',
      )
      // Marked as the runner marks it: the app, not a page, began this navigation.
      expect(home.appNavigation).toBe(true)
      await ui.row('/').waitFor()
      expect(
        checkVerdicts(
          openForm!.checks,
          lab.capture.entries().filter((entry) => entry.seq > before),
          lab.capture.store(),
        ).every((verdict) => verdict.passed),
      ).toBe(true)

      const mark = lab.capture.entries().at(-1)?.seq ?? -1
      expect(await run('set-cookie')).toEqual({ resolved: { ok: true } })
      await lab.capture.waitFor(() =>
        lab.capture.store().some((cookie) => cookie.name === 'userID'),
      )
      await ui.row('/setcookie').locator('.chip-set', { hasText: 'userID=alice' }).waitFor()
      const verdicts = checkVerdicts(
        setCookie!.checks,
        lab.capture.entries().filter((entry) => entry.seq > mark),
        lab.capture.store(),
      )
      expect(verdicts.map((verdict) => [verdict.check.kind, verdict.passed])).toEqual(
        setCookie!.checks.map((check) => [check.kind, true]),
      )
      const posted = lab.capture
        .entries()
        .find(
          (entry): entry is Exchange =>
            entry.seq > mark && entry.kind === 'exchange' && entry.method === 'POST',
        )
      // The form was the page's doing, as when the learner presses Login.
      expect(posted?.appNavigation).toBeUndefined()
    },
  )

  labTest(
    'refuses a lesson it does not hold and a step its lesson lacks, and does nothing',
    async ({ lab, ui }) => {
      await lab.session.navigate('/')
      await ui.row('/').waitFor()
      const entriesBefore = lab.capture.entries().length
      const paneBefore = lab.pane.state().url
      const run = (ref: string, stepId: string) => call(ui, 'runLessonAction', ref, stepId)

      // A ref no opening gave (a bad file gets none), and a step the UI made up itself.
      await call(ui, 'openLessonText', 'broken.yaml', lessonWith(11, '      kind: submit-a-form'))
      expect(factOf(await run('file:1', 'set'))).toEqual({
        code: 'noSuchLesson',
        params: { ref: 'file:1' },
      })
      expect(factOf(await run('built-in:set-get-delete', 'steal-cookies'))).toEqual({
        code: 'noSuchLessonStep',
        params: { ref: 'built-in:set-get-delete', stepId: 'steal-cookies' },
      })
      expect(factOf(await run('https://evil.example/', 'open-form'))).toEqual({
        code: 'noSuchLesson',
        params: { ref: 'https://evil.example/' },
      })
      await lab.capture.settled()
      expect(lab.capture.entries()).toHaveLength(entriesBefore)
      expect(lab.pane.state().url).toBe(paneBefore)
    },
  )

  labTest(
    'answers a step meant for another page with why, in words the UI can translate',
    async ({ lab, ui }) => {
      await lab.session.navigate('/getcookie')
      await ui.row('/getcookie').waitFor()
      // Lesson 01's form step is bound to the home page: from /getcookie it does not run.
      const outcome = resolvedOf(
        await call(ui, 'runLessonAction', 'built-in:set-get-delete', 'set-cookie'),
      )
      expect(outcome.ok).toBe(false)
      expect(decodeErrorMessage(outcome.error ?? '')).toEqual({
        code: 'scriptOnOtherPage',
        params: { expected: lab.url('/'), shown: lab.url('/getcookie') },
      })
      expect(lab.capture.store()).toEqual([])
      // The host is not left busy: the next step runs.
      expect(await call(ui, 'runLessonAction', 'built-in:set-get-delete', 'open-form')).toEqual({
        resolved: { ok: true },
      })
    },
  )

  labTest('delivers every lesson the host opens to the UI, in order', async ({ lab, ui }) => {
    const dir = await mkdtemp(join(tmpdir(), 'lesson-host-'))
    try {
      await writeFile(join(dir, 'tiny.yaml'), TINY_LESSON)
      await writeFile(join(dir, 'other.yaml'), TINY_LESSON.replace('id: tiny', 'id: other'))
      await ui.page.evaluate(() => {
        const opened: unknown[] = []
        Object.assign(window, { openedLessons: opened })
        ;(window as unknown as { cookieLab: CookieLabApi }).cookieLab.onLessonOpened((opening) =>
          opened.push(opening),
        )
      })
      // Back to back, as quick picks would: the next two are opened while the first is on its way
      // to the page, and neither may stand in for the other.
      for (const name of ['tiny.yaml', 'missing.yaml', 'other.yaml']) {
        await lab.session.openLessonFile(join(dir, name))
      }
      await expect
        .poll(() =>
          ui.page.evaluate(
            () => (window as unknown as { openedLessons: LessonOpening[] }).openedLessons,
          ),
        )
        .toEqual([
          expect.objectContaining({
            ok: true,
            listing: expect.objectContaining({ ref: 'file:1' }),
          }),
          expect.objectContaining({
            ok: false,
            fileName: 'missing.yaml',
            problems: [
              expect.objectContaining({
                problem: { code: 'fileUnreadable', params: { reason: 'ENOENT' } },
              }),
            ],
          }),
          expect.objectContaining({
            ok: true,
            listing: expect.objectContaining({ ref: 'file:2' }),
          }),
        ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
