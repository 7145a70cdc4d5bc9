// While the detail view has the lesson's place (Enter on a timeline row), one line says which
// step the lesson is at and brings the lesson back.

import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'

export function LessonReturn() {
  const { stores } = useApp()
  const { shown, view, language } = useStore(stores.lesson)
  if (shown || view.view !== 'playing') return null
  const { lesson } = view.listing
  return (
    <div className="lesson-return">
      <span>
        {textIn(lesson.title, language)}
        {' · '}
        {formatMessage('lesson.progress', {
          step: view.step.index + 1,
          count: lesson.steps.length,
        })}
      </span>
      <button type="button" className="primary" onClick={() => stores.lesson.show()}>
        {formatMessage('lesson.button', undefined)}
      </button>
    </div>
  )
}
