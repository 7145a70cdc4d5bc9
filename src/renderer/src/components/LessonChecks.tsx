// A step's checks, read live: each as the sentence of what it expects, passed or not yet, and for
// one not passed, what capture showed instead. The words are the ones `npm run lesson -- verify`
// prints (check-words.ts). On a step with a question, hidden until the room has answered: the
// checks would give the answer away.

import { expectedWords, seenWords } from '../../../shared/lessons/check-words'
import { formatMessage } from '../../../shared/messages/format-message'
import type { StepState } from '../stores/lesson-store'

export function LessonChecks({ step }: { step: StepState }) {
  if (step.prediction?.state === 'asking') {
    return <p className="lesson-muted">{formatMessage('lesson.check.hidden', undefined)}</p>
  }
  if (step.verdicts.length === 0) {
    return <p className="lesson-muted">{formatMessage('lesson.check.none', undefined)}</p>
  }
  // What capture showed is worth saying only once the step was acted on: before, "no such
  // request yet" is all it could be.
  const acted = step.run.state !== 'waiting'
  return (
    <section className="lesson-checks" aria-labelledby="lesson-checks-heading">
      <h4 id="lesson-checks-heading">
        {formatMessage('lesson.checks', undefined)}
        {step.passed && (
          <span className="lesson-all-passed">
            {' '}
            {formatMessage('lesson.check.allPassed', undefined)}
          </span>
        )}
      </h4>
      <ul aria-live="polite">
        {step.verdicts.map((verdict, index) => (
          <li key={index} className={verdict.passed ? 'check-passed' : 'check-not-yet'}>
            <span className="check-badge">
              {verdict.passed
                ? formatMessage('lesson.check.passed', undefined)
                : formatMessage('lesson.check.notYet', undefined)}
            </span>
            <span className="check-words">
              {expectedWords(verdict.check)}
              {!verdict.passed && acted && (
                <span className="check-seen">
                  {' '}
                  ({formatMessage('lesson.check.seen', { seen: seenWords(verdict.seen) })})
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
