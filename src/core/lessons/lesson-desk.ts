// The lessons a lab holds, and the one way the UI gets one of them run. The UI names a lesson only
// by the ref the desk gave it, and a step only by its id: every lesson the desk runs was read by
// the desk itself (read-lesson.ts, with its reach rules), from the built-in texts or from a file's
// text, so a renderer can never hand the host a lesson, a URL or a script of its own making.

import { basename } from 'node:path'
import type { LessonActionOutcome, LessonListing, LessonOpening } from '../../shared/contract'
import { CodedError, encodeErrorMessage } from '../../shared/coded-error'
import type { LessonStep } from '../../shared/lessons/lesson'
import { BUILT_IN_LESSON_TEXTS, type LessonFileText } from './built-in'
import { performLessonAction, type LessonLab } from './lesson-actions'
import { readLessonFile, readLessonText, type LessonFileReading } from './read-lesson'
import { messageOf } from '../../shared/error-message'

/**
 * How many opened files the desk keeps: a teacher opens a handful; a page that sends files in a
 * loop must not grow the host's memory. The oldest is let go first (its ref then names nothing).
 */
export const MAX_OPENED_LESSONS = 32

/**
 * Actions in line at once: the one running and the next step's, which waits its turn. The
 * player's "Run this step" is live as soon as a step's checks pass, which can be a moment before
 * its action has seen the page settle; a UI that sends more than that is refused.
 */
export const MAX_ACTIONS_IN_LINE = 2

export interface LessonDeskOptions {
  /** The built-in lessons' texts; the ones that ship with the app when absent. */
  builtIns?: readonly LessonFileText[]
  maxOpened?: number
}

export class LessonDesk {
  private readonly builtInTexts: readonly LessonFileText[]
  private builtIns: LessonListing[] | undefined
  private readonly opened: LessonListing[] = []
  private readonly maxOpened: number
  private opening = 0
  /** The end of the last action in line: the next one starts after it. */
  private line: Promise<unknown> = Promise.resolve()
  private inLine = 0

  constructor(options: LessonDeskOptions = {}) {
    this.builtInTexts = options.builtIns ?? BUILT_IN_LESSON_TEXTS
    this.maxOpened = options.maxOpened ?? MAX_OPENED_LESSONS
  }

  /** The built-in lessons, then the files opened so far, oldest first. */
  listings(): LessonListing[] {
    return [...this.builtInListings(), ...this.opened]
  }

  /** Reads a file's TEXT (the UI read it: a drop, a file input); FILENAME only labels it. */
  openText(fileName: string, text: string): LessonOpening {
    return this.hold(fileName, readLessonText(text))
  }

  /** Reads the file at PATH (a dialog of the host's own, never a path from the UI). */
  async openFile(path: string): Promise<LessonOpening> {
    const reading = await readLessonFile(path)
    return this.hold(basename(path), reading)
  }

  /** The step STEPID of lesson REF, or a CodedError that says which the desk does not hold. */
  step(ref: string, stepId: string): LessonStep {
    const listing = this.listings().find((candidate) => candidate.ref === ref)
    if (!listing) throw new CodedError({ code: 'noSuchLesson', params: { ref } })
    const step = listing.lesson.steps.find((candidate) => candidate.id === stepId)
    if (!step) throw new CodedError({ code: 'noSuchLessonStep', params: { ref, stepId } })
    return step
  }

  /**
   * Performs the action of step STEPID of lesson REF in LAB's pane, one at a time (two actions at
   * once would each wait on the other's navigations): one asked for while another runs waits for
   * it to end. Rejects for what the desk cannot run; an action that fails in the pane is an
   * outcome, with the reason as an encoded fact.
   */
  async runAction(lab: LessonLab, ref: string, stepId: string): Promise<LessonActionOutcome> {
    const step = this.step(ref, stepId)
    const { action } = step
    if (action.kind === 'learner') {
      throw new CodedError({ code: 'lessonStepLeftToLearner', params: { stepId } })
    }
    if (this.inLine >= MAX_ACTIONS_IN_LINE) throw new CodedError({ code: 'lessonActionBusy' })
    this.inLine++
    const turn = this.line.then(async (): Promise<LessonActionOutcome> => {
      try {
        await performLessonAction(lab, action)
        return { ok: true }
      } catch (error) {
        return { ok: false, error: encodeErrorMessage(asActionFailure(error)) }
      }
    })
    this.line = turn
    try {
      return await turn
    } finally {
      this.inLine--
    }
  }

  private builtInListings(): LessonListing[] {
    // Read once, when first asked: a lab that never shows a lesson never parses one. A built-in
    // that does not read (the unit tests hold that each does) is left out, never half-shown.
    this.builtIns ??= this.builtInTexts.flatMap(({ text }) => {
      const reading = readLessonText(text)
      if (!reading.ok) return []
      const ref = `built-in:${reading.lesson.id}`
      return [{ ref, source: 'built-in' as const, lesson: reading.lesson }]
    })
    return this.builtIns
  }

  /**
   * Holds what a file read to. The same file name again is the teacher's newer version: it
   * replaces the earlier one, last in the list under a new ref; the very same lesson keeps its ref.
   */
  private hold(fileName: string, reading: LessonFileReading): LessonOpening {
    if (!reading.ok) return { ok: false, fileName, problems: reading.problems }
    const earlier = this.opened.findIndex((listing) => listing.fileName === fileName)
    const same = this.opened[earlier]
    if (same && JSON.stringify(same.lesson) === JSON.stringify(reading.lesson)) {
      return { ok: true, listing: same }
    }
    if (earlier >= 0) this.opened.splice(earlier, 1)
    const listing: LessonListing = {
      ref: `file:${++this.opening}`,
      source: 'file',
      fileName,
      lesson: reading.lesson,
    }
    this.opened.push(listing)
    this.opened.splice(0, Math.max(0, this.opened.length - this.maxOpened))
    return { ok: true, listing }
  }
}

/**
 * A failure as a fact the UI can word; one that is a fact already (the pane's, a bound script's)
 * as it is.
 */
function asActionFailure(error: unknown): CodedError {
  if (error instanceof CodedError) return error
  const detail = messageOf(error)
  return new CodedError({ code: 'lessonActionFailed', params: { detail } })
}
