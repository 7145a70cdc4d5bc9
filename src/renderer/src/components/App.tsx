// The window: the browser pane and the cookie store on the left, the timeline and the detail of
// the selected row on the right. Nothing but the pane itself sits over the pane's slot.

import { useEffect, useRef } from 'react'
import { useApp, useStore } from '../app-context'
import { zoomCommandFor } from '../zoom-keys'
import { BrowserPane } from './BrowserPane'
import { DetailView, type DetailHandle } from './DetailView'
import { SettingsBar } from './SettingsBar'
import { StoreInspector } from './StoreInspector'
import { Timeline } from './Timeline'

export function App() {
  const { stores } = useApp()
  const session = useStore(stores.session)
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
        <div className="column column-left">
          <BrowserPane />
          <StoreInspector />
        </div>
        <div className="column column-right">
          <Timeline onOpenDetail={() => detailRef.current?.focus()} />
          <DetailView
            ref={detailRef}
            onClose={() => document.getElementById('timeline-list')?.focus()}
          />
        </div>
      </main>
    </div>
  )
}
