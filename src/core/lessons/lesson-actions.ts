// A lesson step's action performed for real in the pane: what `verify` (lesson-runner.ts) and
// the player's "run this step" (lesson-desk.ts through LabSession) both do, in one place. Only
// what a lesson may do: navigate to URLs the lesson may reach (its reader refused any other), run
// scripts bound to their page, and edit the store as the inspector does; never anything in the
// UI or in Node. A navigation the lesson begins is the app's own, as one the learner types.

import type { CookieKey, Exchange, StoredCookie, TimelineEntry } from '../../shared/domain'
import type { CookieDraft } from '../../shared/contract'
import type { LessonAction, LessonUrl } from '../../shared/lessons/lesson'
import type { PaneCapture } from '../capture/pane-capture'
import type { PaneDriver } from '../pane-driver'
import { clickLinkScript, submitFormScript } from './page-actions'
import { lessonUrlParts } from './lesson-url'
import { isTutorialUrl } from './lesson-reach'

/** Every action but `learner`, which leaves the step to the learner. */
export type PerformedAction = Exclude<LessonAction, { kind: 'learner' }>

const POLL_MS = 50
/** How long a form or link may take to lead to a new document before the checks are read. */
const NAVIGATION_WAIT_MS = 10_000
/** No new document for this long after the last one ended: the action's navigation is over. */
const QUIET_MS = 300

/** What a lesson needs of the lab: the pane, capture's entries and store, and inspector edits. */
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

/**
 * Performs ACTION in the pane (a URL the lesson reaches, a script bound to its page, an inspector
 * edit) and resolves once it and the navigations it began are over; rejects when it cannot be
 * done. Its checks are not waited for: `runStep` does that, the player reads them live.
 */
export async function performLessonAction(lab: LessonLab, action: PerformedAction) {
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
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
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
