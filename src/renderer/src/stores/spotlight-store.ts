// What the lesson step on screen is about (its `focus`), for the timeline, the detail view and
// the store inspector to highlight. The player shows a spotlight when a step is shown and clears
// it when the lesson ends; which row, header, chip or store entry it means is worked out from
// the entries and the store by lesson-focus.ts, so a spotlight set before the exchange happened
// lights it up the moment it arrives.

import type { LessonFocus } from '../../../shared/lessons/lesson'
import { ChangeEmitter, type ExternalStore } from './change-emitter'

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
