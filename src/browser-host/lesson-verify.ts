// `npm run lesson -- verify <file>...` and `verify --all`: runs lessons headlessly in a real
// Chromium against the real tutorial server, each lesson in a fresh pane (its own cookie store),
// and prints every step as passed or failed with what was expected and what was captured. The
// same runner and the same check verdicts as the player (core/lessons/lesson-runner.ts).

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { PaneCapture } from '../core/capture/pane-capture'
import { captureLessonLab } from '../core/lessons/lesson-actions'
import { runStep } from '../core/lessons/lesson-runner'
import { readLessonFile } from '../core/lessons/read-lesson'
import { PaneLifecycle } from '../core/pane/pane-lifecycle'
import { chromiumTrustSwitch, startTutorialServer, type TutorialServer } from '../core/server'
import { expectedWords, seenWords } from '../shared/lessons/check-words'
import { formatLessonProblem } from '../shared/lessons/lesson-problem-words'
import { textIn, type Lesson } from '../shared/lessons/lesson'
import { BROWSER_HOST_ARGS, sandboxAvailable } from './browser-flags'
import { launchChromium } from './chromium-launch'
import { PlaywrightPanePort } from './playwright-pane-port'

export const BUILT_IN_LESSONS = fileURLToPath(new URL('../core/lessons/built-in/', import.meta.url))

export interface VerifyOutput {
  out(line: string): void
  err(line: string): void
}

export interface VerifyOptions {
  executablePath: string
  /** How long one step's checks may take to pass; the runner's default when absent. */
  stepTimeoutMs?: number
}

/** Every lesson file of the built-in folder. */
export async function builtInLessonFiles(): Promise<string[]> {
  const names = await readdir(BUILT_IN_LESSONS)
  return names
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => join(BUILT_IN_LESSONS, name))
}

/** Runs FILES; resolves with the exit code: 0 all passed, 1 a step failed, 2 a file unreadable. */
export async function verifyLessons(
  files: readonly string[],
  output: VerifyOutput,
  options: VerifyOptions,
): Promise<number> {
  const lessons: Array<{ file: string; lesson: Lesson }> = []
  let exitCode = 0
  for (const file of files) {
    const reading = await readLessonFile(file)
    if (reading.ok) {
      lessons.push({ file, lesson: reading.lesson })
      continue
    }
    for (const problem of reading.problems) output.err(formatLessonProblem(problem, file))
    exitCode = Math.max(exitCode, 'unreadable' in reading ? 2 : 1)
  }
  if (lessons.length === 0) return exitCode

  const server = await startTutorialServer({ port: 0 })
  let browser: Browser | undefined
  try {
    browser = await launchChromium({
      executablePath: options.executablePath,
      log: (message) => output.err(message),
      headless: true,
      chromiumSandbox: sandboxAvailable(),
      args: [...BROWSER_HOST_ARGS, chromiumTrustSwitch(server.certificate.spkiSha256)],
    })
    for (const { file, lesson } of lessons) {
      const failed = await verifyOne(browser, server, file, lesson, output, options)
      if (failed) exitCode = Math.max(exitCode, 1)
    }
  } finally {
    await browser?.close()
    await server.close()
  }
  return exitCode
}

async function verifyOne(
  browser: Browser,
  server: TutorialServer,
  file: string,
  lesson: Lesson,
  output: VerifyOutput,
  options: VerifyOptions,
): Promise<boolean> {
  const context = await browser.newContext()
  const capture = new PaneCapture()
  const port = await PlaywrightPanePort.open(context, capture)
  const pane = new PaneLifecycle(port, { homeUrl: server.url })
  const lab = captureLessonLab(capture, pane, server)
  output.out(`${textIn(lesson.title, 'en')} (${file})`)
  let failed = false
  try {
    for (const [index, step] of lesson.steps.entries()) {
      const run = await runStep(lab, step, { timeoutMs: options.stepTimeoutMs })
      const title = `  ${index + 1}. ${textIn(step.title, 'en')}`
      if (run.verdicts === null && run.error === undefined) {
        output.out(`${title}: left to the learner, not run`)
        continue
      }
      output.out(`${title}: ${run.passed ? 'passed' : 'FAILED'} (${run.ms} ms)`)
      if (run.error !== undefined) output.out(`     the action failed: ${run.error}`)
      for (const verdict of run.verdicts ?? []) {
        const mark = verdict.passed ? 'ok' : 'not met'
        const seen = verdict.passed ? '' : `; captured: ${seenWords(verdict.seen)}`
        output.out(`     ${mark}: ${expectedWords(verdict.check)}${seen}`)
      }
      failed ||= !run.passed
    }
  } finally {
    pane.close()
    capture.close()
    await context.close()
  }
  return failed
}
