// The cookie store's place while an imported HAR file is shown: a HAR file holds no store, so
// there is none to show, no time travel and nothing to edit; said, not left blank. The pane's own
// store is untouched and comes back with the live session.

import { formatMessage } from '../../../shared/messages/format-message'

export function ImportedStoreNote() {
  return (
    <section
      className="panel store-panel har-store-note"
      aria-label={formatMessage('har.store.label', undefined)}
    >
      <div className="panel-header">
        <h2>{formatMessage('har.store.heading', undefined)}</h2>
      </div>
      <div className="panel-scroll">
        <div className="empty-state">
          <p className="empty-title">{formatMessage('har.store.none', undefined)}</p>
          <p>{formatMessage('har.store.noTimeTravel', undefined)}</p>
          <p>{formatMessage('har.store.noEdits', undefined)}</p>
        </div>
      </div>
    </section>
  )
}
