// The step on screen: where the room is in the lesson, the step's own title and text (the
// teacher's words, shown as text), its question before it runs, what to do ("Run this step" or
// "Let me do it"), its checks read live, and Back / Reset / Next. The keys (→ ← R) are App's.

import type { LessonListing } from '../../../shared/contract'
import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import type { StepState } from '../stores/lesson-store'
import { SCROLLING_BODY } from './lesson-body'
import { LessonChecks } from './LessonChecks'
import { LessonPrediction } from './LessonPrediction'

export function LessonPlayer({ listing, step }: { listing: LessonListing; step: StepState }) {
  const { stores } = useApp()
  const { language } = useStore(stores.lesson)
  const count = listing.lesson.steps.length
  const last = step.index === count - 1
  return (
    <>
      <div
        className="lesson-body lesson-player"
        {...SCROLLING_BODY}
        aria-labelledby="lesson-step-title"
      >
        <div className="lesson-progress">
          <progress
            className="lesson-progress-bar"
            max={count}
            value={step.index + 1}
            aria-label={formatMessage('lesson.progress', { step: step.index + 1, count })}
          />
        </div>
        <h3 id="lesson-step-title" className="lesson-step-title">
          {textIn(step.step.title, language)}
        </h3>
        <p className="lesson-text">{textIn(step.step.text, language)}</p>
        {/* While the room is asked, the question is all there is to do; once it has answered,
            what the step did comes first, then the waiting question or the answer, whose proof
            is the checks, shown inside it. */}
        <LessonActing step={step} />
        {step.prediction && <LessonPrediction step={step} proof={<LessonChecks step={step} />} />}
        {!step.revealed && <LessonChecks step={step} />}
      </div>
      <div className="lesson-nav">
        <button
          type="button"
          aria-keyshortcuts="ArrowLeft"
          disabled={step.index === 0}
          onClick={() => stores.lesson.back()}
        >
          <span aria-hidden="true">← </span>
          {formatMessage('lesson.back', undefined)}
        </button>
        <button
          type="button"
          aria-keyshortcuts="R"
          title={formatMessage('lesson.resetTitle', undefined)}
          onClick={() => void stores.lesson.reset()}
        >
          {formatMessage('lesson.reset', undefined)}
        </button>
        <span className="lesson-keys">
          {last
            ? formatMessage('lesson.lastStep', undefined)
            : formatMessage('lesson.keys', undefined)}
        </span>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="ArrowRight"
          disabled={last}
          onClick={() => stores.lesson.next()}
        >
          {formatMessage('lesson.next', undefined)}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </>
  )
}

/** "Run this step" or "Let me do it", and how far the step's action has gone. */
function LessonActing({ step }: { step: StepState }) {
  const { stores } = useApp()
  if (step.prediction?.state === 'asking') return null
  const { run } = step
  const appCanRun = step.step.action.kind !== 'learner'
  const status =
    run.state === 'running'
      ? formatMessage('lesson.running', undefined)
      : run.state === 'ran'
        ? formatMessage('lesson.ran', undefined)
        : run.state === 'learner'
          ? formatMessage('lesson.yourTurn', undefined)
          : null
  return (
    <div className="lesson-acting">
      {appCanRun && run.state !== 'ran' && (
        <div className="lesson-controls">
          <button
            type="button"
            className="primary"
            disabled={run.state === 'running'}
            onClick={() => void stores.lesson.run()}
          >
            {formatMessage('lesson.run', undefined)}
          </button>
          {run.state !== 'learner' && (
            <button
              type="button"
              disabled={run.state === 'running'}
              onClick={() => stores.lesson.doIt()}
            >
              {formatMessage('lesson.doIt', undefined)}
            </button>
          )}
        </div>
      )}
      {status && (
        <p className="lesson-status" role="status">
          {status}
        </p>
      )}
      {run.state === 'failed' && (
        <p className="inline-error" role="alert">
          {formatMessage('lesson.failed', { error: run.error })}
        </p>
      )}
    </div>
  )
}
