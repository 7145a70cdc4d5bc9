// Lessons run for real: `npm run lesson -- verify` as a teacher runs it (a child process, real
// Chromium, the real tutorial server), and a lesson's script bound to its page in the pane.

import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { labTest } from '../support/lab-test'
import { chromiumPath } from '../support/chromium'
import { BoundScriptError } from '../../src/core/pane/bound-script'
import { captureLessonLab } from '../../src/core/lessons/lesson-actions'
import { runStep } from '../../src/core/lessons/lesson-runner'
import { textIn, type LessonStep } from '../../src/shared/lessons/lesson'
import { readLessonFile } from '../../src/core/lessons/read-lesson'
import { builtInLessonFiles } from '../../src/browser-host/lesson-verify'
import type { PaneLab } from '../support/lab-harness'

const REPO = fileURLToPath(new URL('../../', import.meta.url))

function verify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/lesson.ts', 'verify', ...args],
      { cwd: REPO, env: { ...process.env, CHROMIUM_PATH: chromiumPath() } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    )
  })
}

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lesson-verify-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('npm run lesson -- verify', () => {
  it('passes every step of the built-in lessons, and exits 0', async () => {
    const lessons = await Promise.all(
      (await builtInLessonFiles()).map(async (file) => {
        const reading = await readLessonFile(file)
        if (!reading.ok) throw new Error(`${file} is not a valid lesson`)
        return reading.lesson
      }),
    )
    const run = await verify('--all')
    expect(run.stderr).toBe('')
    // On a failure, the message is verify's own report: which step, expected what, saw what.
    expect(run.code, run.stdout).toBe(0)
    for (const lesson of lessons) {
      expect(run.stdout).toContain(`${textIn(lesson.title, 'en')} (`)
    }
    const steps = lessons.reduce((sum, lesson) => sum + lesson.steps.length, 0)
    expect(run.stdout.match(/: passed \(\d+ ms\)/g)).toHaveLength(steps)
    expect(run.stdout).toContain('ok: the response to /setcookie stores userID=alice')
    expect(run.stdout).not.toMatch(/FAILED|not met/)
    // In teaching order: the file names are numbered.
    expect(run.stdout.indexOf('Set, get, delete (')).toBe(0)
    // Ten lessons in a fresh Chromium each take about 40 s here; a loaded CI machine gets room.
  }, 150_000)

  labTest(
    'fails a step whose checks the browser does not bear out, and says what it saw',
    async () => {
      const file = join(folder, 'wrong.yaml')
      await writeFile(
        file,
        `format: 1
id: wrong
title: A wrong expectation
summary: The form posts alice; the lesson expects bob.
languages: [en]
steps:
  - id: home
    title: Home
    text: The form.
    action: { kind: navigate, url: / }
    checks:
      - { kind: exchange, path: / }
  - id: set
    title: Set
    text: Post the form.
    action: { kind: submit-form, page: /, fields: { nm: alice } }
    checks:
      - { kind: stored, path: /setcookie, cookie: userID, value: bob }
`,
      )
      const run = await verify(file)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('  2. Set: FAILED')
      expect(run.stdout).toContain(
        'not met: the response to /setcookie stores userID=bob; captured: stored, with the value "alice"',
      )
    },
  )
})

/** A lesson step of one action and its checks. */
const step = (action: LessonStep['action'], checks: LessonStep['checks']): LessonStep => ({
  id: 's',
  title: 'step',
  text: 'text',
  action,
  checks,
})

const labOf = (lab: PaneLab) => captureLessonLab(lab.capture, lab.pane, lab.server)

describe('a lesson script', () => {
  labTest(
    'runs in its page, in a world of its own, and its write is seen as a script’s',
    async ({ lab }) => {
      await lab.session.navigate('/cookies')
      const run = await runStep(
        labOf(lab),
        step(
          {
            kind: 'script',
            page: '/cookies',
            code: 'window.lessonMark = 1; document.cookie = "theme=dark; path=/"',
          },
          [
            { kind: 'script-wrote', cookie: 'theme' },
            { kind: 'store-has', cookie: 'theme', value: 'dark' },
          ],
        ),
      )
      expect(run.error).toBeUndefined()
      expect(run.passed).toBe(true)
      // The page's own scripts do not see the lesson's variables.
      expect(
        await lab.page.evaluate(() => (window as { lessonMark?: number }).lessonMark),
      ).toBeUndefined()
    },
  )

  labTest('does not run on another page than the one it was written for', async ({ lab }) => {
    await lab.session.navigate('/getcookie')
    const run = await runStep(
      labOf(lab),
      step({ kind: 'script', page: '/cookies', code: 'document.cookie = "planted=1; path=/"' }, [
        { kind: 'store-lacks', cookie: 'planted' },
      ]),
    )
    expect(run.error).toMatch(
      /^The script is for http:\/\/127\.0\.0\.1:\d+\/cookies, but the pane shows http:\/\/127\.0\.0\.1:\d+\/getcookie: it did not run\.$/,
    )
    expect(lab.capture.store().some((cookie) => cookie.name === 'planted')).toBe(false)
    await expect(lab.pane.runScript(lab.url('/cookies'), '1')).rejects.toBeInstanceOf(
      BoundScriptError,
    )
  })
})
