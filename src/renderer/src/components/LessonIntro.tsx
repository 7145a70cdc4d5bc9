// A lesson before it runs: its title, its summary, and the hosts it reaches beyond the tutorial's
// own, so the learner knows where it will take the pane before anything happens there.

import type { LessonListing } from '../../../shared/contract'
import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import { SCROLLING_BODY } from './lesson-body'

export function LessonIntro({ listing }: { listing: LessonListing }) {
  const { stores } = useApp()
  const { language } = useStore(stores.lesson)
  const { lesson } = listing
  return (
    <div className="lesson-body lesson-intro" {...SCROLLING_BODY}>
      <p className="lesson-text">{textIn(lesson.summary, language)}</p>
      <p className="lesson-muted">
        {formatMessage('lesson.list.steps', { count: lesson.steps.length })}
      </p>
      {lesson.hosts.length === 0 ? (
        <p>{formatMessage('lesson.intro.hostsNone', undefined)}</p>
      ) : (
        <div className="lesson-hosts" role="note">
          <p>{formatMessage('lesson.intro.hosts', { count: lesson.hosts.length })}</p>
          <ul>
            {lesson.hosts.map((host) => (
              <li key={host}>
                <code>{host}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="lesson-controls">
        <button type="button" onClick={() => stores.lesson.showList()}>
          {formatMessage('lesson.intro.all', undefined)}
        </button>
        <button type="button" className="primary" onClick={() => stores.lesson.start()}>
          {formatMessage('lesson.intro.start', undefined)}
        </button>
      </div>
    </div>
  )
}
