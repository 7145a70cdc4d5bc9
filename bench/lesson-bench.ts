// Lessons: how long `npm run lesson -- verify --all` takes (a fresh Chromium, every built-in
// lesson, each in its own cookie store), and one lesson step from its action to its checks
// settled, the wait a room sees after "run this step".

import type { Browser } from 'playwright-core'
import { builtInLessonFiles, verifyLessons } from '../src/browser-host/lesson-verify'
import { captureLessonLab } from '../src/core/lessons/lesson-actions'
import { runStep } from '../src/core/lessons/lesson-runner'
import { readLessonFile } from '../src/core/lessons/read-lesson'
import { chromiumPath } from '../test/support/chromium'
import { startPaneLab } from '../test/support/lab-harness'
import { median, percentile } from './stats'

export async function benchVerifyAll() {
  const files = await builtInLessonFiles()
  let steps = 0
  const started = performance.now()
  const exitCode = await verifyLessons(
    files,
    {
      out: (line) => void (/: (passed|FAILED) \(/.test(line) && (steps += 1)),
      err: () => undefined,
    },
    { executablePath: chromiumPath() },
  )
  return { ms: performance.now() - started, lessons: files.length, steps, exitCode }
}

/** The form step of "Set, get, delete", ROUNDS times, each from the form's page. */
export async function benchLessonStep(browser: Browser, rounds = 15) {
  const [first] = await builtInLessonFiles()
  const reading = await readLessonFile(first!)
  if (!reading.ok) throw new Error(`${first} is not a valid lesson`)
  const step = reading.lesson.steps.find((candidate) => candidate.action.kind === 'submit-form')!
  const lab = await startPaneLab({ browser })
  const times: number[] = []
  let failed = 0
  try {
    const labForRunner = captureLessonLab(lab.capture, lab.pane, lab.server)
    for (let round = 0; round < rounds; round += 1) {
      await lab.session.navigate('/')
      await lab.capture.settled()
      const run = await runStep(labForRunner, step)
      if (!run.passed) failed += 1
      times.push(run.ms)
    }
  } finally {
    await lab.close()
  }
  return { title: step.id, rounds, failed, medianMs: median(times), p95Ms: percentile(times, 95) }
}
