// All the UI's stores, made once per window, and the links between them: selecting a row in
// the timeline shows the store around that entry in the inspector (time travel), and presenter
// type and zoom scale the pane's page as they scale the UI.

import type { CookieLabApi } from '../../../shared/contract'
import type { TimelineEntry } from '../../../shared/domain'
import { MAX_LESSON_BYTES } from '../../../shared/lessons/lesson'
import { readHarInWorker } from '../har-worker-reading'
import { downloadText } from '../text-download'
import { ClockStore } from './clock-store'
import { HarStore } from './har-store'
import { InspectorStore } from './inspector-store'
import {
  linkLessonLanguage,
  linkLessonOpenings,
  linkLessonToCapture,
  linkLessonToSpotlight,
} from './lesson-links'
import { LessonStore } from './lesson-store'
import { PaneStore } from './pane-store'
import { SessionStore } from './session-store'
import {
  SettingsStore,
  type DarkModeQuery,
  type KeyValueStorage,
  type SettingsSnapshot,
} from './settings-store'
import { linkSpotlightToSelection, SpotlightStore } from './spotlight-store'
import { TimelineStore } from './timeline-store'

export interface AppStores {
  session: SessionStore
  pane: PaneStore
  timeline: TimelineStore
  inspector: InspectorStore
  settings: SettingsStore
  clock: ClockStore
  /** What the lesson step on screen is about, highlighted in the timeline and the inspector. */
  spotlight: SpotlightStore
  /** The lesson list and the lesson being played. */
  lesson: LessonStore
  /** HAR files: the session exported, a file imported to explore in place of the live timeline. */
  har: HarStore
  /** Unlinks the stores and stops listening to the system theme. */
  dispose(): void
}

export interface AppStoresOptions {
  storage?: KeyValueStorage | null
  darkQuery?: DarkModeQuery | null
  /** The system's preferred languages (navigator.languages): the UI's first language. */
  systemLanguages?: readonly string[]
}

export function createAppStores(api: CookieLabApi, options: AppStoresOptions = {}): AppStores {
  const timeline = new TimelineStore({ pager: api })
  const inspector = new InspectorStore(api)
  const settings = new SettingsStore(
    options.storage ?? null,
    options.darkQuery ?? null,
    options.systemLanguages,
  )
  const unlinkSelection = linkSelectionToInspector(timeline, inspector)
  const spotlight = new SpotlightStore()
  const unlinkSpotlight = linkSpotlightToSelection(spotlight, timeline)
  const unlinkZoom = linkPaneSetting(
    settings,
    (snapshot) => snapshot.paneZoom,
    (zoom) => api.setPaneZoom(zoom),
  )
  const unlinkScheme = linkPaneSetting(
    settings,
    (snapshot) => snapshot.resolvedTheme,
    (scheme) => api.setPaneColorScheme(scheme),
  )
  const lesson = new LessonStore(
    api,
    {
      entries: () => timeline.getSnapshot().entries,
      lastSeq: () => timeline.lastSeq(),
      store: () => inspector.getSnapshot().live,
      markFresh: () => timeline.markFresh(),
    },
    MAX_LESSON_BYTES,
  )
  const unlinkLanguage = linkPaneSetting(
    settings,
    (snapshot) => snapshot.language,
    (language) => api.setLanguage(language),
  )
  const unlinkLesson = [
    linkLessonLanguage(settings, lesson),
    linkLessonToCapture(lesson, timeline, inspector),
    linkLessonToSpotlight(lesson, spotlight),
    linkLessonOpenings(lesson, api),
  ]
  const har = new HarStore(api, downloadText, readHarInWorker)
  // A HAR file the host opened itself (the Electron menu's "Import HAR…").
  const unlinkHar = api.onHarOpened((opening) => har.opened(opening))
  return {
    session: new SessionStore(),
    pane: new PaneStore(api),
    timeline,
    inspector,
    settings,
    clock: new ClockStore(),
    spotlight,
    lesson,
    har,
    dispose() {
      unlinkHar()
      for (const unlink of unlinkLesson) unlink()
      unlinkSelection()
      unlinkSpotlight()
      unlinkZoom()
      unlinkScheme()
      unlinkLanguage()
      settings.dispose()
    },
  }
}

/**
 * Selecting an entry after which nothing changed the store (the newest, or one followed only by
 * favicons and plain reads) shows the live store with that entry's changes marked; selecting an
 * older one shows the store as it was right after it. The choice is made when the row is
 * selected: what happens a moment later does not throw the user into the past, but selecting
 * the row again (a click on it) makes the choice anew.
 */
export function linkSelectionToInspector(
  timeline: TimelineStore,
  inspector: InspectorStore,
): () => void {
  let selectionCount = timeline.getSnapshot().selectionCount
  let entry: TimelineEntry | null = null
  let mode: 'live' | 'past' = 'live'
  const sync = () => {
    const snapshot = timeline.getSnapshot()
    const current =
      snapshot.selectedId === null ? null : (timeline.get(snapshot.selectedId) ?? null)
    // A new selection, or the same row selected again: choose live or past as of now.
    if (snapshot.selectionCount !== selectionCount) {
      selectionCount = snapshot.selectionCount
      entry = current
      mode = current !== null && timeline.storeChangedAfter(current) ? 'past' : 'live'
      inspector.focus(current, mode)
    } else if (current !== entry) {
      entry = current
      // The entry grew (its store changes arrived): refresh, unless the user went back to live.
      if (current && inspector.getSnapshot().focusedId === current.id)
        inspector.focus(current, mode)
    }
  }
  return timeline.subscribe(sync)
}

/**
 * Tells the host a setting now and whenever it changes: the zoom (presenter and A+ enlarge the
 * pane's page too), the theme (the tutorial's pages follow it) and the language (the host's menu
 * and the tutorial's pages speak it).
 */
export function linkPaneSetting<T>(
  settings: SettingsStore,
  pick: (snapshot: SettingsSnapshot) => T,
  send: (value: T) => Promise<unknown>,
) {
  let sent: { value: T } | null = null
  const sync = () => {
    const value = pick(settings.getSnapshot())
    if (sent && Object.is(sent.value, value)) return
    sent = { value }
    // A lost setting only leaves the page as it was; the next change sends it again.
    send(value).catch(() => undefined)
  }
  sync()
  return settings.subscribe(sync)
}
