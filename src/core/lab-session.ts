// One lab: a pane, its capture, and the tutorial server it starts on. It answers the UI's
// commands (the lessons' through its LessonDesk) and pushes capture events to it. The Electron shell, the browser host and the test
// harness all host a LabSession, so the UI meets the same behaviour in the app and in tests, and a
// lesson can drive `pane` and check `capture` without any UI at all.

import {
  READY_PAGE_LIMIT,
  type AppSnapshot,
  type CommandHandlers,
  type EventName,
  type LabEventMap,
  type PaneBounds,
} from '../shared/contract'
import { CodedError } from '../shared/coded-error'
import type { Locale } from '../shared/messages/format-message'
import type { PaneCapture } from './capture/pane-capture'
import { HarDesk, harExportOf } from './har/har-desk'
import { openHarFile } from './har/har-file'
import { captureLessonLab, type LessonLab } from './lessons/lesson-actions'
import { LessonDesk } from './lessons/lesson-desk'
import type { PaneDriver } from './pane-driver'
import { resolvePaneTarget } from './pane-target'
import { entryPage, searchEntries } from '../shared/timeline-pages'

export interface LabSessionOptions {
  capture: PaneCapture
  pane: PaneDriver
  /** The tutorial server's origin, e.g. `http://127.0.0.1:5123`. */
  serverUrl: string
  /** The tutorial server's HTTPS port: a lesson's `https://shop.test/` URLs are on it. */
  httpsPort: number
  /** The host lays its pane over the UI's slot (Electron); a harness may ignore it. */
  setPaneBounds?: (bounds: PaneBounds) => void
  /** The app's version, for an exported HAR's `log.creator`. */
  appVersion?: string
  /** The UI's language changed: the host's own words follow (Electron's menu and dialogs). */
  setHostLanguage?: (locale: Locale) => void
  /** The UI's language changed: the tutorial server's explanatory pages follow. */
  setPageLanguage?: (locale: Locale) => void
}

export type LabEventListener = <E extends EventName>(name: E, data: LabEventMap[E]) => void

export class LabSession {
  readonly capture: PaneCapture
  readonly pane: PaneDriver
  readonly serverUrl: string
  readonly homeUrl: string
  readonly handlers: CommandHandlers
  readonly lessons: LessonDesk
  private readonly lessonLab: LessonLab
  private readonly appVersion: string
  private readonly har = new HarDesk()

  // Events flow only once the UI has said `ready`: what happened before reaches it in the
  // snapshot that `ready` answers with, so nothing is lost and nothing arrives twice unseen.
  private uiReady = false
  private readonly listeners = new Set<LabEventListener>()
  private readonly readyListeners = new Set<() => void>()
  private readonly unsubscribers: Array<() => void> = []

  constructor(options: LabSessionOptions) {
    this.capture = options.capture
    this.pane = options.pane
    this.serverUrl = options.serverUrl.replace(/\/+$/, '')
    this.homeUrl = `${this.serverUrl}/`
    this.lessons = new LessonDesk()
    this.appVersion = options.appVersion ?? ''
    this.lessonLab = captureLessonLab(this.capture, this.pane, {
      url: this.serverUrl,
      httpsPort: options.httpsPort,
    })
    this.unsubscribers.push(
      this.capture.subscribe({
        entry: (entry) => this.emit('entry', entry),
        store: (store) => this.emit('store', store),
      }),
      this.pane.onState((state) => this.emit('pane', state)),
    )
    const setPaneBounds = options.setPaneBounds ?? (() => undefined)
    this.handlers = {
      ready: () => {
        this.uiReady = true
        // Before the snapshot is taken: what the hosts send after it must not count on
        // anything a page that (re)loaded never received.
        for (const listener of this.readyListeners) listener()
        return this.snapshot()
      },
      navigate: ({ target }) => this.navigate(target),
      goBack: () => this.afterPane(this.pane.goBack()),
      goForward: () => this.afterPane(this.pane.goForward()),
      reload: () => this.afterPane(this.pane.reload()),
      goHome: () => this.navigate(this.homeUrl),
      setPaneBounds: (bounds) => {
        setPaneBounds(bounds)
        return undefined
      },
      setPaneZoom: async ({ factor }) => {
        await this.pane.setZoom(factor)
        return undefined
      },
      setPaneColorScheme: async ({ scheme }) => {
        await this.pane.setColorScheme(scheme)
        return undefined
      },
      setLanguage: ({ locale }) => {
        options.setHostLanguage?.(locale)
        options.setPageLanguage?.(locale)
        return undefined
      },
      setCookie: async (draft) => {
        await this.capture.setCookie(draft)
        return undefined
      },
      deleteCookie: async (key) => {
        await this.capture.deleteCookie(key)
        return undefined
      },
      clearCookies: async () => {
        await this.capture.clearCookies()
        return undefined
      },
      entryPage: (query) => entryPage(this.capture.entriesBySeq(), query),
      searchEntries: (query) => searchEntries(this.capture.entriesBySeq(), query),
      storeAfter: ({ entryId }) => {
        const store = this.capture.storeAfter(entryId)
        if (!store) throw new CodedError({ code: 'noSuchEntry', params: { entryId } })
        return store
      },
      lessons: () => this.lessons.listings(),
      openLessonText: ({ fileName, text }) => this.lessons.openText(fileName, text),
      runLessonAction: ({ ref, stepId }) => this.lessons.runAction(this.lessonLab, ref, stepId),
      exportHar: ({ sanitised }) => this.exportHar(sanitised),
      harPage: ({ ref, before }) => this.har.page(ref, before),
    }
  }

  /**
   * Opens the lesson file at PATH, chosen in a dialog of the host's own (Electron's "Open
   * Lesson…"), and tells the UI: the lesson to play, or the file's problems to show.
   */
  async openLessonFile(path: string): Promise<void> {
    this.emit('lessonOpened', await this.lessons.openFile(path))
  }

  /**
   * Opens the HAR file at PATH, chosen in a dialog of the host's own (Electron's "Import HAR…"),
   * and tells the UI: the exchanges to explore, or the file's problems to show.
   */
  async openHarFile(path: string): Promise<void> {
    this.emit('harOpened', await openHarFile(this.har, path))
  }

  /** The session so far as a HAR file to save (sanitised: without cookie or secret values). */
  exportHar(sanitised: boolean) {
    return harExportOf(this.capture.entries(), { sanitised, version: this.appVersion })
  }

  /** A path on the tutorial server or a full http(s) URL; anything else is refused. */
  navigate(target: string) {
    const url = resolvePaneTarget(target, this.serverUrl)
    // Typed by the learner: the browser starts it, and the timeline says so (Strict cookies go).
    this.capture.expectAppNavigation(url)
    return this.afterPane(this.pane.navigate(url))
  }

  /** What `ready` answers: the newest page of the timeline, not all of it. */
  snapshot(): AppSnapshot {
    const sorted = this.capture.entriesBySeq()
    return {
      serverUrl: this.serverUrl,
      homeUrl: this.homeUrl,
      entries: sorted.slice(-READY_PAGE_LIMIT),
      entryCount: sorted.length,
      store: this.capture.store(),
      pane: this.pane.state(),
    }
  }

  onEvent(listener: LabEventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * LISTENER hears each `ready` from the UI, a first load or a reload, before it is answered:
   * the hosts' outboxes (core/event-outbox.ts) forget what they sent the page before.
   */
  onUiReady(listener: () => void): () => void {
    this.readyListeners.add(listener)
    return () => this.readyListeners.delete(listener)
  }

  close(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe()
    this.listeners.clear()
    this.readyListeners.clear()
    this.capture.close()
  }

  private async afterPane(action: Promise<void>) {
    await action
    return this.pane.state()
  }

  private emit<E extends EventName>(name: E, data: LabEventMap[E]): void {
    if (!this.uiReady) return
    for (const listener of this.listeners) listener(name, data)
  }
}
