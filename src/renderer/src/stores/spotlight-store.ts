// What the lesson step on screen is about (its `focus`), for the timeline, the detail view and
// the store inspector to highlight. The player shows a spotlight when a step is shown and clears
// it when the lesson ends; which row, header, chip or store entry it means is worked out from
// the entries and the store by lesson-focus.ts, so a spotlight set before the exchange happened
// lights it up the moment it arrives.

import type { LessonFocus } from '../../../shared/lessons/lesson'
import { focusedEntryId } from '../lesson-focus'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import type { TimelineStore } from './timeline-store'

export interface Spotlight {
  focus: LessonFocus
  /** Entries with seq > sinceSeq belong to the step: the focus means the newest matching one. */
  sinceSeq: number
  /** Entry ids the step's check verdicts named (CheckVerdict.entryId), a hint for row/header focus. */
  entryIds?: readonly string[]
}

export class SpotlightStore implements ExternalStore<Spotlight | null> {
  private readonly emitter = new ChangeEmitter()
  private spotlight: Spotlight | null = null

  subscribe = this.emitter.subscribe
  getSnapshot = (): Spotlight | null => this.spotlight

  /** Points at `spotlight.focus`; a copy is kept, so the caller's object may change later. */
  show(spotlight: Spotlight): void {
    this.spotlight = {
      focus: spotlight.focus,
      sinceSeq: spotlight.sinceSeq,
      ...(spotlight.entryIds ? { entryIds: [...spotlight.entryIds] } : {}),
    }
    this.emitter.emit()
  }

  clear(): void {
    if (this.spotlight === null) return
    this.spotlight = null
    this.emitter.emit()
  }
}

/**
 * Whether A and B are the same step's spotlight: the same focus from the same start. The hint
 * changes as the step's checks find their proof, which is not a new step.
 */
export function sameStep(a: Spotlight | null, b: Spotlight | null): boolean {
  return a === b || (a !== null && b !== null && a.focus === b.focus && a.sinceSeq === b.sinceSeq)
}

/**
 * Selects the row a spotlight means, so the detail view shows it and the list scrolls to it: when
 * a step's spotlight is shown, and again when another exchange becomes the one it means (the
 * step ran again, or its checks named another). Not otherwise: a learner who then selects
 * another row keeps it.
 */
export function linkSpotlightToSelection(
  spotlight: SpotlightStore,
  timeline: TimelineStore,
): () => void {
  let shown: Spotlight | null = null
  let selected: string | null = null
  const sync = () => {
    const current = spotlight.getSnapshot()
    if (!sameStep(current, shown)) selected = null
    shown = current
    if (current === null) return
    const entryId = focusedEntryId(current, timeline.getSnapshot().entries)
    if (entryId === null || entryId === selected) return
    // Noted before selecting: the selection is a timeline change, which calls this again.
    selected = entryId
    timeline.select(entryId)
  }
  const unsubscribeSpotlight = spotlight.subscribe(sync)
  const unsubscribeTimeline = timeline.subscribe(sync)
  return () => {
    unsubscribeSpotlight()
    unsubscribeTimeline()
  }
}
