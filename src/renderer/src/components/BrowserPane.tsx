// The browser pane: its toolbar over the slot the page is laid into, or, when the pane's page
// crashed, a plain message and a way back.

import { useCallback } from 'react'
import type { PaneBounds } from '../../../shared/contract'
import { useApp, useStore } from '../app-context'
import { PaneSlot } from './PaneSlot'
import { PaneToolbar } from './PaneToolbar'
import './BrowserPane.css'

export function BrowserPane() {
  const { stores, api } = useApp()
  const { pane } = useStore(stores.pane)
  const onBounds = useCallback(
    (bounds: PaneBounds) => {
      // A lost report only leaves the view where it was; the next resize corrects it.
      api.setPaneBounds(bounds).catch(() => undefined)
    },
    [api],
  )
  return (
    <section id="browser-pane" className="panel pane-panel" aria-label="Browser pane">
      <PaneToolbar />
      {pane.crashed ? (
        <div className="pane-crashed" role="alert">
          <p className="empty-title">The page in the pane crashed.</p>
          <p>
            Its renderer process stopped, so there is nothing to show. The timeline and the cookie
            store are still here. Reload to start the page again.
          </p>
          <button type="button" className="primary" onClick={() => void stores.pane.reload()}>
            Reload the page
          </button>
        </div>
      ) : (
        <PaneSlot onBounds={onBounds} />
      )}
    </section>
  )
}
