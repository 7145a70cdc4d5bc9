// The browser pane: its toolbar over the slot the page is laid into, or, when the pane's page
// crashed, a plain message and a way back.

import { useCallback } from 'react'
import type { PaneBounds } from '../../../shared/contract'
import { useApp, useStore } from '../app-context'
import { PaneSlot } from './PaneSlot'
import { PaneToolbar } from './PaneToolbar'
import './BrowserPane.css'
import { formatMessage } from '../../../shared/messages/format-message'

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
    <section
      id="browser-pane"
      className="panel pane-panel"
      aria-label={formatMessage('ui.pane.label', undefined)}
    >
      <PaneToolbar />
      {pane.crashed ? (
        <div className="pane-crashed" role="alert">
          <p className="empty-title">{formatMessage('ui.pane.crashed', undefined)}</p>
          <p>{formatMessage('ui.pane.crashedWhy', undefined)}</p>
          <button type="button" className="primary" onClick={() => void stores.pane.reload()}>
            {formatMessage('ui.pane.reloadPage', undefined)}
          </button>
        </div>
      ) : (
        <PaneSlot onBounds={onBounds} />
      )}
    </section>
  )
}
