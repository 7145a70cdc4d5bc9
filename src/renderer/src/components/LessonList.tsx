// The lessons the host holds (the built-in ones, then the files opened so far), a button that
// opens a lesson file, and what was wrong with the last file that was not a lesson. A file is
// read here and only its text goes to the host, never a path.

import { useRef } from 'react'
import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import { SCROLLING_BODY } from './lesson-body'

/** The file types a lesson is written in, for the file chooser. */
export const LESSON_FILE_TYPES = '.yaml,.yml,.json'

export function LessonList() {
  const { stores } = useApp()
  const lessons = stores.lesson
  const { listings, listError, trouble, language } = useStore(lessons)
  const fileInput = useRef<HTMLInputElement>(null)

  return (
    <div className="lesson-body lesson-list" {...SCROLLING_BODY}>
      {trouble && (
        <div className="inline-error lesson-trouble" role="alert">
          {trouble.error ?? (
            <>
              <p className="lesson-trouble-title">
                {formatMessage('lesson.open.problems', {
                  fileName: trouble.fileName,
                  count: trouble.problems.length,
                })}
              </p>
              <ul>
                {trouble.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <p className="lesson-open">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {formatMessage('lesson.open.file', undefined)}
        </button>{' '}
        <span className="lesson-muted">{formatMessage('lesson.open.drop', undefined)}</span>
        <input
          ref={fileInput}
          type="file"
          accept={LESSON_FILE_TYPES}
          hidden
          aria-label={formatMessage('lesson.open.file', undefined)}
          onChange={(event) => {
            const file = event.target.files?.[0]
            // The same file chosen again is a new reading (the teacher may have fixed it).
            event.target.value = ''
            if (file) void lessons.openFile(file)
          }}
        />
      </p>
      {listError && (
        <p className="inline-error" role="alert">
          {formatMessage('lesson.list.failed', { error: listError })}
        </p>
      )}
      {listings === null && !listError && (
        <p className="lesson-muted">{formatMessage('lesson.list.loading', undefined)}</p>
      )}
      {listings && (
        <ul
          className="lesson-listings"
          aria-label={formatMessage('lesson.list.heading', undefined)}
        >
          {listings.map(({ ref, source, fileName, lesson }) => (
            <li key={ref}>
              <button type="button" className="lesson-listing" onClick={() => lessons.choose(ref)}>
                <span className="lesson-listing-title">{textIn(lesson.title, language)}</span>
                <span className="lesson-listing-summary">{textIn(lesson.summary, language)}</span>
                <span className="lesson-listing-facts">
                  {formatMessage('lesson.list.steps', { count: lesson.steps.length })}
                  {' · '}
                  {formatMessage('lesson.list.languages', {
                    languages: lesson.languages.join(', '),
                  })}
                  {' · '}
                  {source === 'file'
                    ? formatMessage('lesson.list.file', { fileName: fileName ?? '' })
                    : formatMessage('lesson.list.builtIn', undefined)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
