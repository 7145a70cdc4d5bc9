// The lesson player's state: the lessons the host lists, the one chosen (shown first with the
// hosts it reaches, then played), the step on screen and what happened to it. A step's checks are
// read here, live, with the same checkVerdicts `npm run lesson -- verify` uses, over the timeline
// entries that came after the step's mark and the pane's store now: the room and the teacher's
// command line can never disagree. The host only performs actions (runLessonAction) and names a
// lesson by its `ref`: it runs only lessons it parsed itself.
//
// A step goes: predict (when it asks the room a question) → ready → run by the app, or done by
// the learner in the pane → its checks pass → reveal (the answer, and whether the room was right).
// Its mark is the newest entry's seq when it was shown, and again when its action begins, as the
// headless runner marks it: what came before cannot pass its checks.

import type { CookieLabApi, LessonListing } from '../../../shared/contract'
import type { StoredCookie, TimelineEntry } from '../../../shared/domain'
import { checkVerdicts, type CheckVerdict } from '../../../shared/lessons/check-verdicts'
import type { Lesson, LessonStep } from '../../../shared/lessons/lesson'
import { formatLessonProblem } from '../../../shared/lessons/lesson-problem-words'
import { DEFAULT_LOCALE, formatMessage, type Locale } from '../../../shared/messages/format-message'
import { localeServing } from '../../../shared/messages/locale-choice'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import { readableError } from './readable-error'

export type LessonApi = Pick<
  CookieLabApi,
  'lessons' | 'openLessonText' | 'runLessonAction' | 'clearCookies'
>

/** What the player reads and does outside itself: the timeline and the pane's store. */
export interface LessonCapture {
  /** Every timeline entry, oldest first. */
  entries(): readonly TimelineEntry[]
  /** The newest entry's seq (-1 before any). */
  lastSeq(): number
  /** The pane's cookie store now. */
  store(): readonly StoredCookie[]
  /** Hides the timeline so far ("fresh from here"), for Reset. */
  markFresh(): void
}

/** How far the step's action has gone. */
export type StepRun =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'ran' }
  /** The learner acts in the pane ("Let me do it", or a step the lesson leaves to them). */
  | { state: 'learner' }
  | { state: 'failed'; error: string }

/** The room's prediction: still asked, or the choice picked (null: skipped). */
export type StepPrediction = { state: 'asking' } | { state: 'answered'; pick: string | null }

export interface StepState {
  index: number
  step: LessonStep
  /** Entries with a seq above it belong to the step. */
  mark: number
  /** Absent when the step asks no question. */
  prediction?: StepPrediction
  run: StepRun
  verdicts: readonly CheckVerdict[]
  /** Every check passed (a step without checks has nothing to pass). */
  passed: boolean
  /** The step ran and its checks passed after the room answered: the answer is shown. */
  revealed: boolean
}

export type LessonView =
  | { view: 'list' }
  | { view: 'intro'; listing: LessonListing }
  | { view: 'playing'; listing: LessonListing; step: StepState }

/** What an opened file gave when it was not a lesson: its problems, or why it was not read. */
export interface OpeningTrouble {
  fileName: string
  /** Each problem as `FILE:LINE:COLUMN: FIELD: sentence`. */
  problems: readonly string[]
  /** Why the file was not read or sent at all. */
  error: string | null
}

export interface LessonSnapshot {
  /** The lesson panel is on screen (in place of the detail view). */
  shown: boolean
  /** null until the host has answered. */
  listings: readonly LessonListing[] | null
  listError: string | null
  trouble: OpeningTrouble | null
  view: LessonView
  /** The language of the lesson's own texts. */
  language: string
}

export class LessonStore implements ExternalStore<LessonSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private snapshot: LessonSnapshot = {
    shown: false,
    listings: null,
    listError: null,
    trouble: null,
    view: { view: 'list' },
    language: 'en',
  }
  private listing: Promise<void> | null = null
  /** The UI's language: a lesson written in it opens in it. */
  private uiLanguage: Locale = DEFAULT_LOCALE
  /** Counts the steps entered: an action's answer for a step left behind changes nothing. */
  private entered = 0

  constructor(
    private readonly api: LessonApi,
    private readonly capture: LessonCapture,
    /** The host's size cap of a lesson file: a larger one is not even read. */
    private readonly maxFileBytes: number,
  ) {}

  subscribe = this.emitter.subscribe
  getSnapshot = (): LessonSnapshot => this.snapshot

  /** Shows the panel, with the list of lessons fetched from the host the first time. */
  show(): void {
    this.set({ shown: true })
    void this.loadListings()
  }

  /** Hides the panel; a lesson being played stays where it is. */
  hide(): void {
    this.set({ shown: false })
  }

  /** Ends the lesson (back to the list) and hides the panel. */
  close(): void {
    this.entered++
    this.set({ shown: false, view: { view: 'list' }, trouble: null })
  }

  /** The list of lessons, fetched again (a file opened elsewhere joins it). */
  loadListings(force = false): Promise<void> {
    if (this.listing && !force) return this.listing
    this.listing = this.api.lessons().then(
      (listings) => this.set({ listings, listError: null }),
      (error: unknown) => {
        this.listing = null
        this.set({ listError: readableError(error) })
      },
    )
    return this.listing
  }

  /** Shows a listed lesson before it runs: its title, summary and the hosts it reaches. */
  choose(ref: string): void {
    const listing = this.snapshot.listings?.find((candidate) => candidate.ref === ref)
    if (listing) this.introduce(listing)
  }

  /** Back to the list of lessons. */
  showList(): void {
    this.entered++
    this.set({ view: { view: 'list' } })
  }

  /** A file the learner chose or dropped: its text goes to the host, never its path. */
  async openFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
    const fileName = file.name
    this.set({ shown: true, trouble: null })
    if (file.size > this.maxFileBytes) {
      this.troubled(
        fileName,
        formatMessage('lesson.open.tooLarge', {
          fileName,
          bytes: file.size,
          max: this.maxFileBytes,
        }),
      )
      return
    }
    let opening
    try {
      opening = await this.api.openLessonText(fileName, await file.text())
    } catch (error) {
      this.troubled(
        fileName,
        formatMessage('lesson.open.unreadable', { fileName, error: readableError(error) }),
      )
      return
    }
    this.opened(opening)
  }

  /** What the host made of a file (the menu's "Open Lesson…", or a file sent from here). */
  opened(opening: Awaited<ReturnType<LessonApi['openLessonText']>>): void {
    if (!opening.ok) {
      this.set({
        shown: true,
        view: { view: 'list' },
        trouble: {
          fileName: opening.fileName,
          problems: opening.problems.map((problem) =>
            formatLessonProblem(problem, opening.fileName),
          ),
          error: null,
        },
      })
      return
    }
    const { listing } = opening
    const others = (this.snapshot.listings ?? []).filter((known) => known.ref !== listing.ref)
    this.set({ shown: true, trouble: null, listings: [...others, listing] })
    this.introduce(listing)
  }

  /**
   * The UI now speaks LOCALE: the lesson on screen switches to it where it is written in it
   * (otherwise it stays as it is), and so does every lesson opened from now on.
   */
  followUiLanguage(locale: Locale): void {
    this.uiLanguage = locale
    const lesson = this.lesson()
    const tag = lesson && lessonTagFor(lesson.languages, locale)
    if (tag) this.setLanguage(tag)
  }

  setLanguage(language: string): void {
    const lesson = this.lesson()
    if (!lesson?.languages.includes(language) || language === this.snapshot.language) return
    this.set({ language })
  }

  /** Starts the lesson shown at its first step. */
  start(): void {
    const { view } = this.snapshot
    if (view.view === 'intro') this.enter(view.listing, 0)
  }

  next(): void {
    this.go(1)
  }

  back(): void {
    this.go(-1)
  }

  /**
   * Starts the lesson over so the room starts clean: the pane's store emptied, the timeline so
   * far hidden (not deleted), step 1 again.
   */
  async reset(): Promise<void> {
    const { view } = this.snapshot
    if (view.view !== 'playing') return
    this.capture.markFresh()
    this.enter(view.listing, 0)
    const entered = this.entered
    try {
      await this.api.clearCookies()
    } catch (error) {
      this.updateStep(entered, () => ({
        run: { state: 'failed', error: readableError(error) },
      }))
    }
  }

  /** The room's answer to the step's question: a choice's id, or null to skip it. */
  predict(pick: string | null): void {
    const step = this.currentStep()
    if (!step?.prediction) return
    const choices = step.step.prediction?.choices ?? []
    if (pick !== null && !choices.some((choice) => choice.id === pick)) return
    this.updateStep(this.entered, (state) => ({
      prediction: { state: 'answered', pick },
      // A step the lesson leaves to the learner is theirs as soon as the room has answered.
      run:
        state.step.action.kind === 'learner' && state.run.state === 'waiting'
          ? { state: 'learner' }
          : state.run,
    }))
  }

  /** "Run this step": the host performs the step's action in the pane. */
  async run(): Promise<void> {
    const { view } = this.snapshot
    if (view.view !== 'playing' || !this.canAct(view.step)) return
    if (view.step.step.action.kind === 'learner') return
    const entered = this.entered
    this.updateStep(entered, () => ({ mark: this.capture.lastSeq(), run: { state: 'running' } }))
    let run: StepRun
    try {
      const outcome = await this.api.runLessonAction(view.listing.ref, view.step.step.id)
      run = outcome.ok
        ? { state: 'ran' }
        : { state: 'failed', error: readableError(outcome.error ?? '') }
    } catch (error) {
      run = { state: 'failed', error: readableError(error) }
    }
    this.updateStep(entered, () => ({ run }))
  }

  /** "Let me do it": the learner acts in the pane; the checks follow what happens from now. */
  doIt(): void {
    const step = this.currentStep()
    if (!step || !this.canAct(step)) return
    this.updateStep(this.entered, () => ({
      mark: this.capture.lastSeq(),
      run: { state: 'learner' },
    }))
  }

  /** Reads the step's checks again: called when the timeline or the store changed. */
  refresh(): void {
    this.updateStep(this.entered, () => ({}))
  }

  private canAct(step: StepState): boolean {
    return step.prediction?.state !== 'asking' && step.run.state !== 'running'
  }

  private lesson(): Lesson | null {
    const { view } = this.snapshot
    return view.view === 'list' ? null : view.listing.lesson
  }

  private currentStep(): StepState | null {
    const { view } = this.snapshot
    return view.view === 'playing' ? view.step : null
  }

  private introduce(listing: LessonListing): void {
    this.entered++
    const { languages } = listing.lesson
    // The UI's language where the lesson has it; else the one last chosen; else English.
    const language =
      lessonTagFor(languages, this.uiLanguage) ??
      (languages.includes(this.snapshot.language) ? this.snapshot.language : 'en')
    this.set({ view: { view: 'intro', listing }, language, trouble: null })
  }

  private go(delta: number): void {
    const { view } = this.snapshot
    if (view.view !== 'playing') return
    const index = view.step.index + delta
    if (index < 0 || index >= view.listing.lesson.steps.length) return
    this.enter(view.listing, index)
  }

  private enter(listing: LessonListing, index: number): void {
    const step = listing.lesson.steps[index]
    if (!step) return
    this.entered++
    const state: StepState = {
      index,
      step,
      mark: this.capture.lastSeq(),
      ...(step.prediction ? { prediction: { state: 'asking' } as const } : {}),
      run:
        step.action.kind === 'learner' && !step.prediction
          ? { state: 'learner' }
          : { state: 'waiting' },
      verdicts: [],
      passed: false,
      revealed: false,
    }
    this.set({ view: { view: 'playing', listing, step: this.judged(state) } })
  }

  /** Changes the step on screen, if it is still the one entered as ENTERED, and re-reads it. */
  private updateStep(entered: number, change: (state: StepState) => Partial<StepState>): void {
    const { view } = this.snapshot
    if (view.view !== 'playing' || entered !== this.entered) return
    const next = this.judged({ ...view.step, ...change(view.step) })
    if (sameStep(next, view.step)) return
    this.set({ view: { ...view, step: next } })
  }

  private judged(state: StepState): StepState {
    const entries = this.capture.entries().filter((entry) => entry.seq > state.mark)
    const verdicts = checkVerdicts(state.step.checks, entries, this.capture.store())
    const passed = verdicts.every((verdict) => verdict.passed)
    const acted = state.run.state === 'ran' || state.run.state === 'learner'
    const answered = state.prediction?.state === 'answered'
    return {
      ...state,
      verdicts: sameVerdicts(verdicts, state.verdicts) ? state.verdicts : verdicts,
      passed,
      // Once shown, the answer stays: a later request does not take it back from the room.
      revealed: state.revealed || (answered && acted && passed),
    }
  }

  private troubled(fileName: string, error: string): void {
    this.set({ trouble: { fileName, problems: [], error } })
  }

  private set(change: Partial<LessonSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change }
    this.emitter.emit()
  }
}

function verdictKey(verdict: CheckVerdict): string {
  return `${verdict.passed}|${verdict.entryId ?? ''}|${JSON.stringify(verdict.seen)}`
}

function sameVerdicts(a: readonly CheckVerdict[], b: readonly CheckVerdict[]): boolean {
  return a.length === b.length && a.every((verdict, i) => verdictKey(verdict) === verdictKey(b[i]!))
}

function sameStep(a: StepState, b: StepState): boolean {
  return (
    a.verdicts === b.verdicts &&
    a.passed === b.passed &&
    a.revealed === b.revealed &&
    a.mark === b.mark &&
    a.run === b.run &&
    a.prediction === b.prediction
  )
}

/** Which of a lesson's LANGUAGES (free BCP 47 tags, `zh-CN`, `zh-Hans`, `zh`) reads as LOCALE. */
function lessonTagFor(languages: readonly string[], locale: Locale): string | null {
  return (
    languages.find((tag) => tag === locale) ??
    languages.find((tag) => localeServing(tag) === locale) ??
    null
  )
}
