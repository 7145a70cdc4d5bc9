// Runs a lesson's steps for real: each step's action in the pane, then its checks over what
// capture saw, until they all pass or the step's time is up. `npm run lesson -- verify` runs
// every step this way; the player runs one step at a time ("run this step") and reads the same
// verdicts live. The action itself is lesson-actions.ts's, the one the player's "run this step"
// performs too.

import { checkVerdicts, type CheckVerdict } from '../../shared/lessons/check-verdicts'
import type { LessonStep } from '../../shared/lessons/lesson'
import { performLessonAction, type LessonLab } from './lesson-actions'
import { messageOf } from '../../shared/error-message'

export interface StepRun {
  step: LessonStep
  /** null: the action was left to the learner, so the checks were not waited for. */
  verdicts: CheckVerdict[] | null
  passed: boolean
  /** Why the action could not be performed, in words. */
  error?: string
  ms: number
}

export interface StepRunOptions {
  /**
   * How long the checks may take to pass after the action; default 15 s. They are read every
   * 100 ms and a step ends as soon as they pass, so the wait costs only a step that fails (or a
   * machine under load, which is where a shorter one failed honest lessons).
   */
  timeoutMs?: number
  now?: () => number
}

const POLL_MS = 100

/** Runs STEP's action (unless it is left to the learner), then waits for its checks. */
export async function runStep(
  lab: LessonLab,
  step: LessonStep,
  options: StepRunOptions = {},
): Promise<StepRun> {
  const now = options.now ?? Date.now
  const started = now()
  if (step.action.kind === 'learner') {
    return { step, verdicts: null, passed: false, ms: 0 }
  }
  const since = lab.entries().at(-1)?.seq ?? -1
  try {
    await performLessonAction(lab, step.action)
  } catch (error) {
    return {
      step,
      verdicts: null,
      passed: false,
      error: messageOf(error),
      ms: now() - started,
    }
  }
  const deadline = started + (options.timeoutMs ?? 15_000)
  for (;;) {
    await lab.settled()
    const verdicts = checkVerdicts(
      step.checks,
      lab.entries().filter((entry) => entry.seq > since),
      lab.store(),
    )
    const passed = verdicts.every((verdict) => verdict.passed)
    if (passed || now() >= deadline) return { step, verdicts, passed, ms: now() - started }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    await lab.readStore().catch(() => undefined)
  }
}
