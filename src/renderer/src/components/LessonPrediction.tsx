// Predict, then reveal: before the step runs, its question and choices for the room (the teacher
// picks the room's answer, or skips); once the step ran and its checks pass, the answer, whether
// the room was right, and (below, in the checks) what proves it.

import { useEffect, useRef, type ReactNode } from 'react'
import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import type { StepState } from '../stores/lesson-store'

export function LessonPrediction({ step, proof }: { step: StepState; proof: ReactNode }) {
  const { stores } = useApp()
  const { language } = useStore(stores.lesson)
  // The question and the answer are what the room looks at: on a projector the step's text can
  // fill the panel, so each is scrolled into view when it appears.
  const section = useRef<HTMLElement>(null)
  const moment = step.prediction?.state === 'asking' ? 'asking' : step.revealed ? 'revealed' : ''
  useEffect(() => {
    const element = section.current
    if (!moment || !element) return
    const bringIntoView = () => element.scrollIntoView?.({ block: 'nearest' })
    bringIntoView()
    // And again when the panel is resized (Presenter, zoom, a smaller window): still in view.
    const body = element.closest('.lesson-body')
    if (!body || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(bringIntoView)
    observer.observe(body)
    return () => observer.disconnect()
  }, [moment, step.index])
  const prediction = step.step.prediction
  if (!prediction || !step.prediction) return null
  const choiceText = (id: string) => {
    const choice = prediction.choices.find((candidate) => candidate.id === id)
    return choice ? textIn(choice.text, language) : id
  }
  const question = <p className="lesson-question">{textIn(prediction.question, language)}</p>

  if (step.prediction.state === 'asking') {
    return (
      <section ref={section} className="lesson-predict" aria-labelledby="lesson-predict-heading">
        <h4 id="lesson-predict-heading">{formatMessage('lesson.predict.heading', undefined)}</h4>
        {question}
        <p className="lesson-muted">{formatMessage('lesson.predict.prompt', undefined)}</p>
        <div className="lesson-choices" role="group" aria-labelledby="lesson-predict-heading">
          {prediction.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className="lesson-choice"
              onClick={() => stores.lesson.predict(choice.id)}
            >
              {textIn(choice.text, language)}
            </button>
          ))}
        </div>
        <button type="button" className="lesson-skip" onClick={() => stores.lesson.predict(null)}>
          {formatMessage('lesson.predict.skip', undefined)}
        </button>
      </section>
    )
  }

  const { pick } = step.prediction
  if (!step.revealed) {
    return (
      <section
        className="lesson-predict"
        aria-label={formatMessage('lesson.predict.heading', undefined)}
      >
        {question}
        {pick !== null && (
          <p className="lesson-picked">
            {formatMessage('lesson.predict.picked', { choice: choiceText(pick) })}
          </p>
        )}
        <p className="lesson-muted">{formatMessage('lesson.reveal.waiting', undefined)}</p>
      </section>
    )
  }

  const right = pick === prediction.answer
  return (
    <section
      ref={section}
      className={`lesson-reveal ${pick === null ? '' : right ? 'lesson-right' : 'lesson-wrong'}`}
      aria-labelledby="lesson-reveal-heading"
      aria-live="polite"
    >
      <h4 id="lesson-reveal-heading">{formatMessage('lesson.reveal.heading', undefined)}</h4>
      {question}
      <p className="lesson-answer">
        {formatMessage('lesson.reveal.answer', { answer: choiceText(prediction.answer) })}
      </p>
      <p>
        {pick === null
          ? formatMessage('lesson.reveal.skipped', undefined)
          : right
            ? formatMessage('lesson.reveal.right', undefined)
            : formatMessage('lesson.reveal.wrong', { pick: choiceText(pick) })}
      </p>
      {proof}
    </section>
  )
}
