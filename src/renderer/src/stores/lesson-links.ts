// The lesson player's ties to the other stores: its checks are read again whenever the timeline's
// entries or the pane's live store change, and the step on screen puts its focus in the
// spotlight (with the entries its verdicts named), which the timeline, the detail view and the
// inspector light up. A lesson the Electron menu opened ("Open Lesson…") arrives as an event.

import type { CookieLabApi } from '../../../shared/contract'
import type { InspectorStore } from './inspector-store'
import type { SettingsStore } from './settings-store'
import type { LessonStore, StepState } from './lesson-store'
import type { SpotlightStore } from './spotlight-store'
import type { TimelineStore } from './timeline-store'

/** Re-reads the step's checks when what they read changed; returns the unlink. */
export function linkLessonToCapture(
  lesson: LessonStore,
  timeline: TimelineStore,
  inspector: InspectorStore,
): () => void {
  let entries = timeline.getSnapshot().entries
  let live = inspector.getSnapshot().live
  const unlinkTimeline = timeline.subscribe(() => {
    const now = timeline.getSnapshot().entries
    if (now === entries) return
    entries = now
    lesson.refresh()
  })
  const unlinkInspector = inspector.subscribe(() => {
    const now = inspector.getSnapshot().live
    if (now === live) return
    live = now
    lesson.refresh()
  })
  return () => {
    unlinkTimeline()
    unlinkInspector()
  }
}

/** Keeps the spotlight on the focus of the step being played; clears it when none is. */
export function linkLessonToSpotlight(lesson: LessonStore, spotlight: SpotlightStore): () => void {
  // What the spotlight shows now: a new step, a new mark or new proof moves it, nothing else.
  let shown: { focus: StepState['step']['focus']; mark: number; entryIds: string } | null = null
  const sync = () => {
    const { view } = lesson.getSnapshot()
    const step = view.view === 'playing' ? view.step : null
    const focus = step?.step.focus
    if (!step || !focus) {
      shown = null
      spotlight.clear()
      return
    }
    const entryIds = step.verdicts.flatMap((verdict) => (verdict.entryId ? [verdict.entryId] : []))
    const next = { focus, mark: step.mark, entryIds: entryIds.join(' ') }
    if (
      shown &&
      shown.focus === next.focus &&
      shown.mark === next.mark &&
      shown.entryIds === next.entryIds
    )
      return
    shown = next
    spotlight.show({ focus, sinceSeq: step.mark, entryIds })
  }
  sync()
  return lesson.subscribe(sync)
}

/** A lesson the host opened itself (the Electron menu's "Open Lesson…") opens in the player. */
export function linkLessonOpenings(
  lesson: LessonStore,
  api: Pick<CookieLabApi, 'onLessonOpened'>,
): () => void {
  return api.onLessonOpened((opening) => lesson.opened(opening))
}

/** A lesson follows the UI's language, where it is written in it. */
export function linkLessonLanguage(settings: SettingsStore, lesson: LessonStore): () => void {
  let language = settings.getSnapshot().language
  lesson.followUiLanguage(language)
  return settings.subscribe(() => {
    const now = settings.getSnapshot().language
    if (now === language) return
    language = now
    lesson.followUiLanguage(now)
  })
}
