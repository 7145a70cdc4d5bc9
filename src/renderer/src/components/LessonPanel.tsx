// The lesson panel, in the right column in place of the detail view while it is open: the list
// of lessons, a lesson before it starts, or the player. Its header holds the lesson's title, the
// choice of the lesson's language (when it is written in more than one) and Close.

import { textIn } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { LOCALE_NAMES, localeServing } from '../../../shared/messages/locale-choice'
import { useApp, useStore } from '../app-context'
import { LessonIntro } from './LessonIntro'
import { LessonList } from './LessonList'
import { LessonPlayer } from './LessonPlayer'
import './LessonPanel.css'

export function LessonPanel() {
  const { stores } = useApp()
  const lessons = stores.lesson
  const { view, language } = useStore(lessons)
  const lesson = view.view === 'list' ? null : view.listing.lesson
  const title = lesson
    ? textIn(lesson.title, language)
    : formatMessage('lesson.list.heading', undefined)
  return (
    <section
      id="lesson-panel"
      className="panel lesson-panel"
      aria-label={formatMessage('lesson.panel', undefined)}
    >
      <div className="panel-header">
        <h2 id="lesson-panel-title" className="lesson-title">
          {title}
        </h2>
        {view.view === 'playing' && (
          // In the header, so it stays in view however far the step's body is scrolled.
          <span className="lesson-progress-words">
            {formatMessage('lesson.progress', {
              step: view.step.index + 1,
              count: lesson?.steps.length ?? 0,
            })}
          </span>
        )}
        <div className="panel-tools">
          {lesson && lesson.languages.length > 1 && (
            <label className="lesson-language">
              <span className="visually-hidden">{formatMessage('lesson.language', undefined)}</span>
              <select
                value={language}
                title={formatMessage('lesson.language', undefined)}
                onChange={(event) => lessons.setLanguage(event.target.value)}
              >
                {lesson.languages.map((tag) => (
                  <option key={tag} value={tag} lang={tag}>
                    {languageName(tag)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            title={formatMessage('lesson.closeTitle', undefined)}
            onClick={() => lessons.close()}
          >
            {formatMessage('lesson.close', undefined)}
          </button>
        </div>
      </div>
      {view.view === 'list' && <LessonList />}
      {view.view === 'intro' && <LessonIntro listing={view.listing} />}
      {view.view === 'playing' && <LessonPlayer listing={view.listing} step={view.step} />}
    </section>
  )
}

/** A lesson's language named in itself: 简体中文 for zh-CN (as the settings bar names it). */
function languageName(tag: string): string {
  const locale = localeServing(tag)
  if (locale) return LOCALE_NAMES[locale]
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}
