// Runs a lesson's steps for real: each step's action in the pane, then its checks over what
// capture saw, until they all pass or the step's time is up. `npm run lesson -- verify` runs
// every step this way; the player runs one step at a time ("run this step") and reads the same
// verdicts live. The runner performs only what a lesson may do: navigate to URLs the lesson may
// reach, scripts bound to their page, and inspector edits; never anything in the UI or in Node.

import type { CookieKey, Exchange, StoredCookie, TimelineEntry } from '../../shared/domain'
import type { CookieDraft } from '../../shared/contract'
import { checkVerdicts, type CheckVerdict } from '../../shared/lessons/check-verdicts'
import type { LessonAction, LessonStep, LessonUrl } from '../../shared/lessons/lesson'
import type { PaneCapture } from '../capture/pane-capture'
import type { PaneDriver } from '../pane-driver'
import { clickLinkScript, submitFormScript } from './page-actions'
import { lessonUrlParts } from './lesson-url'
import { isTutorialUrl } from './lesson-reach'

/** What a run needs of the lab: the pane, capture's entries and store, and inspector edits. */
export interface LessonLab {
  pane: PaneDriver
  entries(): readonly TimelineEntry[]
  store(): readonly StoredCookie[]
  /** Resolves once capture has read the store after everything it saw so far. */
  settled(): Promise<void>
  readStore(): Promise<unknown>
  /** The app (here, the lesson) is about to load URL: its request is the browser's own doing. */
  expectAppNavigation(url: string): void
  setCookie(draft: CookieDraft): Promise<void>
  deleteCookie(key: CookieKey): Promise<void>
  /** The tutorial's origins: `http://127.0.0.1:PORT` and its https twin. */
  serverUrl: string
  httpsPort: number
}

/** The lab of a capture and its pane, with the tutorial server's origins. */
export function captureLessonLab(
  capture: PaneCapture,
  pane: PaneDriver,
  server: { url: string; httpsPort: number },
): LessonLab {
  return {
    pane,
    entries: () => capture.entries(),
    store: () => capture.store(),
    settled: () => capture.settled(),
    readStore: () => capture.readStore(),
    expectAppNavigation: (url) => capture.expectAppNavigation(url),
    setCookie: (draft) => capture.setCookie(draft),
    deleteCookie: (key) => capture.deleteCookie(key),
    serverUrl: server.url,
    httpsPort: server.httpsPort,
  }
}

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
/** How long a form or link may take to lead to a new document before the checks are read. */
const NAVIGATION_WAIT_MS = 10_000
/** No new document for this long after the last one ended: the action's navigation is over. */
const QUIET_MS = 300

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
    await perform(lab, step.action)
  } catch (error) {
    return {
      step,
      verdicts: null,
      passed: false,
      error: error instanceof Error ? error.message : String(error),
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

async function perform(lab: LessonLab, action: Exclude<LessonAction, { kind: 'learner' }>) {
  switch (action.kind) {
    case 'navigate': {
      const url = resolveLessonUrl(action.url, lab)
      lab.expectAppNavigation(url)
      return lab.pane.navigate(url)
    }
    case 'submit-form':
      return pageAction(lab, action.page, submitFormScript(action))
    case 'click-link':
      return pageAction(lab, action.page, clickLinkScript(action))
    case 'script': {
      // A script may submit a form or move the page on: give it a moment to begin, and let it end.
      const since = lab.entries().at(-1)?.seq ?? -1
      await lab.pane.runScript(resolveLessonUrl(action.page, lab), action.code)
      await documentsSettled(lab, since, QUIET_MS)
      return
    }
    case 'add-cookie':
      return lab.setCookie({
        name: action.name,
        value: action.value,
        domain: action.domain ?? new URL(lab.pane.state().url).hostname,
        path: action.path ?? '/',
        secure: action.secure ?? false,
        httpOnly: action.httpOnly ?? false,
        sameSite: action.sameSite ?? null,
        expires: action.maxAge === undefined ? null : Date.now() / 1000 + action.maxAge,
      })
    case 'delete-cookie':
      return lab.deleteCookie({
        name: action.name,
        domain: action.domain ?? new URL(lab.pane.state().url).hostname,
        path: action.path ?? '/',
      })
  }
}

/**
 * A form submitted or a link clicked starts a navigation in the page: the action is done once
 * capture has the document it led to and the pane's documents have been quiet for a moment (a
 * POST answered by a redirect, or a page that moves on by itself, is still one action).
 */
async function pageAction(lab: LessonLab, page: LessonUrl | undefined, source: string) {
  const target = page === undefined ? lab.pane.state().url : resolveLessonUrl(page, lab)
  const since = lab.entries().at(-1)?.seq ?? -1
  await lab.pane.runScript(target, source)
  await documentsSettled(lab, since, NAVIGATION_WAIT_MS)
}

/**
 * Resolves once the documents the pane began loading after SINCE have all ended and none began
 * for QUIET_MS; if none began within WAITFORFIRSTMS, at once. Checks read before that could see
 * the page before the action, and the next step's navigation would interrupt this one.
 */
async function documentsSettled(lab: LessonLab, since: number, waitForFirstMs: number) {
  const started = Date.now()
  const giveUp = started + NAVIGATION_WAIT_MS
  while (Date.now() < giveUp) {
    const documents = lab
      .entries()
      .filter(
        (entry): entry is Exchange =>
          entry.seq > since && entry.kind === 'exchange' && entry.resourceType === 'Document',
      )
    if (documents.length === 0) {
      if (Date.now() - started >= waitForFirstMs) return
    } else {
      const lastEnd = Math.max(...documents.map((document) => document.finishedAt ?? 0))
      const ended = documents.every((document) => document.state !== 'pending')
      if (ended && Date.now() - lastEnd >= QUIET_MS) return
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS / 2))
  }
}

/**
 * The real URL of a lesson URL: a path is on the tutorial server; a tutorial host written
 * without a port gets the tutorial's port for its scheme (which changes at every start).
 */
export function resolveLessonUrl(url: LessonUrl, lab: Pick<LessonLab, 'serverUrl' | 'httpsPort'>) {
  const parts = lessonUrlParts(url)
  if (parts === null) throw new Error(`Not a lesson URL: ${url}`)
  const resolved = new URL(url, lab.serverUrl)
  if (parts.host !== null && isTutorialUrl(parts)) {
    resolved.port = parts.scheme === 'https' ? String(lab.httpsPort) : new URL(lab.serverUrl).port
  }
  return resolved.toString()
}
