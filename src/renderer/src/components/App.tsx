// The window: the browser pane and the cookie store on the left, the timeline and the detail of
// the selected row on the right, each column split by a bar the user can move. Nothing but the
// pane itself sits over the pane's slot. A lesson, while its panel is open, takes the detail's
// place: the pane, the timeline and the store, where its steps happen, stay in view.

import { useEffect, useMemo, useRef, type CSSProperties } from 'react'
import { formatMessage } from '../../../shared/messages/format-message'
import { AppContext, useApp, useStore } from '../app-context'
import { isHarFileName } from '../stores/har-store'
import { lessonCommandFor } from '../lesson-keys'
import { listenForLessonDrops } from '../lesson-drop'
import { zoomCommandFor } from '../zoom-keys'
import { BrowserPane } from './BrowserPane'
import { DetailView, type DetailHandle } from './DetailView'
import { HarBanner } from './HarBanner'
import { HarTools } from './HarTools'
import { ImportedStoreNote } from './ImportedStoreNote'
import { LessonPanel } from './LessonPanel'
import { LessonReturn } from './LessonReturn'
import { SettingsBar } from './SettingsBar'
import { Splitter } from './Splitter'
import { StoreInspector } from './StoreInspector'
import { Timeline } from './Timeline'
import './App.css'

export function App() {
  const app = useApp()
  const { stores } = app
  const session = useStore(stores.session)
  const { imported } = useStore(stores.har)
  // An imported HAR file is shown in the timeline and the detail view in place of the live
  // session: the same components, handed the file's own timeline store. The live one goes on
  // growing underneath, untouched.
  const shown = useMemo(
    () =>
      imported === null ? app : { ...app, stores: { ...stores, timeline: stores.har.timeline } },
    [app, stores, imported],
  )
  const { paneShare, timelineSplit } = useStore(stores.settings)
  const lesson = useStore(stores.lesson)
  const detailRef = useRef<DetailHandle>(null)
  const settings = stores.settings
  const lessons = stores.lesson
  const playing = lesson.shown && lesson.view.view === 'playing'

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = zoomCommandFor(event)
      if (!command) return
      event.preventDefault()
      if (command === 'in') settings.zoomIn()
      else if (command === 'out') settings.zoomOut()
      else settings.resetZoom()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [settings])

  useEffect(() => {
    if (!playing) return
    const onKeyDown = (event: KeyboardEvent) => {
      const command = lessonCommandFor(event)
      if (!command) return
      event.preventDefault()
      if (command === 'next') lessons.next()
      else if (command === 'back') lessons.back()
      else void lessons.reset()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [lessons, playing])

  const har = stores.har
  useEffect(
    () =>
      listenForLessonDrops(window, (file) =>
        isHarFileName(file.name) ? void har.openFile(file) : void lessons.openFile(file),
      ),
    [lessons, har],
  )

  const openDetail = () => {
    if (!lessons.getSnapshot().shown) return detailRef.current?.focus()
    lessons.hide()
    // The detail view is drawn in the lesson's place on the next render.
    requestAnimationFrame(() => detailRef.current?.focus())
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          Cookie Lab
          {session.serverUrl && (
            <span className="app-server">
              {formatMessage('ui.shell.server', { url: session.serverUrl })}
            </span>
          )}
        </h1>
        <div className="app-tools">
          <button
            type="button"
            className="toggle-button"
            aria-pressed={lesson.shown}
            aria-controls={lesson.shown ? 'lesson-panel' : undefined}
            onClick={() => (lesson.shown ? lessons.hide() : lessons.show())}
          >
            {formatMessage('lesson.button', undefined)}
          </button>
          <HarTools />
          <SettingsBar />
        </div>
      </header>
      {session.phase === 'failed' && (
        <p className="inline-error app-error" role="alert">
          {formatMessage('ui.shell.hostFailed', { error: session.error ?? '' })}
        </p>
      )}
      <HarBanner />
      <main className="app-main">
        <div className="column column-left" style={topShare(paneShare)}>
          <BrowserPane />
          <Splitter
            label={formatMessage('ui.shell.resizePane', undefined)}
            controls="browser-pane"
            share={paneShare}
            onShare={(share) => settings.setPaneShare(share)}
          />
          {imported === null ? <StoreInspector /> : <ImportedStoreNote />}
        </div>
        <div
          className="column column-right"
          style={topShare(
            lesson.shown ? Math.min(timelineSplit, LESSON_TIMELINE_SHARE) : timelineSplit,
          )}
        >
          <AppContext.Provider value={shown}>
            <Timeline onOpenDetail={openDetail} />
          </AppContext.Provider>
          <Splitter
            label={formatMessage('ui.shell.resizeTimeline', undefined)}
            controls="timeline-panel"
            share={timelineSplit}
            onShare={(share) => settings.setTimelineShare(share)}
          />
          {lesson.shown ? (
            <LessonPanel />
          ) : (
            <>
              <LessonReturn />
              <AppContext.Provider value={shown}>
                <DetailView
                  ref={detailRef}
                  onClose={() => document.getElementById('timeline-list')?.focus()}
                />
              </AppContext.Provider>
            </>
          )}
        </div>
      </main>
    </div>
  )
}

/**
 * The timeline's largest share while a lesson is open: the step, its question and its checks
 * need the room that Presenter's tall timeline would take (a shorter share still holds).
 */
const LESSON_TIMELINE_SHARE = 0.45

/** A column's split, as the stylesheet reads it: the top panel's share of the height. */
function topShare(share: number): CSSProperties {
  return { '--top-share': share } as CSSProperties
}
