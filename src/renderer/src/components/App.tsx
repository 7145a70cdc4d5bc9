// The window: the browser pane and the cookie store on the left, the timeline and the detail of
// the selected row on the right, each column split by a bar the user can move. Nothing but the
// pane itself sits over the pane's slot.

import { useEffect, useRef, type CSSProperties } from 'react'
import { useApp, useStore } from '../app-context'
import { zoomCommandFor } from '../zoom-keys'
import { BrowserPane } from './BrowserPane'
import { DetailView, type DetailHandle } from './DetailView'
import { SettingsBar } from './SettingsBar'
import { Splitter } from './Splitter'
import { StoreInspector } from './StoreInspector'
import { Timeline } from './Timeline'
import './App.css'

export function App() {
  const { stores } = useApp()
  const session = useStore(stores.session)
  const { paneShare, timelineSplit } = useStore(stores.settings)
  const detailRef = useRef<DetailHandle>(null)
  const settings = stores.settings

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

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          Cookie Lab
          {session.serverUrl && (
            <span className="app-server">tutorial server {session.serverUrl}</span>
          )}
        </h1>
        <SettingsBar />
      </header>
      {session.phase === 'failed' && (
        <p className="inline-error app-error" role="alert">
          Cookie Lab could not reach its host: {session.error}
        </p>
      )}
      <main className="app-main">
        <div className="column column-left" style={topShare(paneShare)}>
          <BrowserPane />
          <Splitter
            label="Resize the browser pane and the cookie store"
            controls="browser-pane"
            share={paneShare}
            onShare={(share) => settings.setPaneShare(share)}
          />
          <StoreInspector />
        </div>
        <div className="column column-right" style={topShare(timelineSplit)}>
          <Timeline onOpenDetail={() => detailRef.current?.focus()} />
          <Splitter
            label="Resize the timeline and the detail"
            controls="timeline-panel"
            share={timelineSplit}
            onShare={(share) => settings.setTimelineShare(share)}
          />
          <DetailView
            ref={detailRef}
            onClose={() => document.getElementById('timeline-list')?.focus()}
          />
        </div>
      </main>
    </div>
  )
}

/** A column's split, as the stylesheet reads it: the top panel's share of the height. */
function topShare(share: number): CSSProperties {
  return { '--top-share': share } as CSSProperties
}
