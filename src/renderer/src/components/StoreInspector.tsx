// Every cookie in the pane's store, live or (time travel) as it was right after a past entry,
// with the rows the selected entry changed picked out. Edits, deletions, additions and "clear
// all" go to the host; their results come back as store events and timeline rows.

import type { StoredCookie } from '../../../shared/domain'
import { cookieKeyOf } from '../../../shared/domain'
import { useApp, useStore } from '../app-context'
import { entryLabel } from '../entry-display'
import { AddCookieForm } from './AddCookieForm'
import { StoreCookieRow } from './StoreCookieRow'
import './StoreInspector.css'

export function StoreInspector() {
  const { stores } = useApp()
  const inspector = stores.inspector
  const snapshot = useStore(inspector)
  const { view, cookies, marks, gone } = snapshot
  const past = view.mode === 'past'
  const focusedSeq =
    snapshot.focusedId === null ? null : (stores.timeline.get(snapshot.focusedId)?.seq ?? null)
  const count = cookies?.length ?? 0

  return (
    <section className="panel store-panel" aria-labelledby="store-heading">
      <div className="panel-header">
        <h2 id="store-heading">Cookie store</h2>
        <span className="panel-count">
          {cookies === null ? '…' : `${count} ${count === 1 ? 'cookie' : 'cookies'}`}
        </span>
        {!past && (
          <div className="panel-tools">
            <button
              type="button"
              onClick={() => inspector.setAdding(!snapshot.adding)}
              aria-expanded={snapshot.adding}
            >
              Add cookie
            </button>
            <button type="button" onClick={() => inspector.askClear()} disabled={count === 0}>
              Clear all
            </button>
          </div>
        )}
      </div>

      {view.mode === 'past' && (
        <div className="time-travel" role="status">
          <span>
            Showing the store as it was after <strong>{entryLabel(view.seq)}</strong>.
          </span>
          <button type="button" onClick={() => inspector.backToLive()}>
            Back to live
          </button>
        </div>
      )}

      {snapshot.confirmingClear && (
        <div className="confirm" role="group" aria-label="Confirm clearing the store">
          <span>
            Delete all {count} {count === 1 ? 'cookie' : 'cookies'} from the pane's store?
          </span>
          <button
            type="button"
            className="danger"
            onClick={() => void inspector.confirmClear()}
            autoFocus
          >
            Yes, clear all
          </button>
          <button type="button" onClick={() => inspector.cancelClear()}>
            Cancel
          </button>
        </div>
      )}

      {snapshot.error !== null && (
        <p className="inline-error" role="alert">
          {snapshot.error}
        </p>
      )}

      {snapshot.adding && !past && <AddCookieForm />}

      {/* Focusable so the keyboard can scroll a long store; named, as every keyboard stop is. */}
      <div className="panel-scroll" tabIndex={0} role="group" aria-label="Cookies in the store">
        {view.mode === 'past' && view.error !== null && (
          <p className="inline-error" role="alert">
            Could not load the past store: {view.error}
          </p>
        )}
        {cookies === null ? (
          view.mode === 'past' &&
          view.error === null && <p className="muted pad">Loading the store as it was…</p>
        ) : cookies.length === 0 && gone.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">
              {past ? 'The store was empty then.' : 'The store is empty.'}
            </p>
            {!past && (
              <p>
                Cookies the pane's pages set appear here, with their expiry counting down. You can
                also add one yourself, and the next request will carry it.
              </p>
            )}
          </div>
        ) : (
          <table className="store-table">
            <caption className="visually-hidden">
              {past ? `Cookies after ${entryLabel(view.seq)}` : 'Cookies in the pane’s store now'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Cookie</th>
                <th scope="col">Domain and path</th>
                <th scope="col">Expires</th>
                <th scope="col">Flags</th>
                {!past && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {cookies.map((cookie: StoredCookie) => {
                const key = cookieKeyOf(cookie)
                return (
                  <StoreCookieRow
                    key={key}
                    cookie={cookie}
                    mark={marks.get(key) ?? null}
                    markedBy={focusedSeq}
                    editing={snapshot.editingKey === key}
                    editable={!past}
                    busy={snapshot.busy}
                  />
                )
              })}
              {gone.map((cookie) => (
                <StoreCookieRow
                  key={`gone:${cookieKeyOf(cookie)}`}
                  cookie={cookie}
                  mark={marks.get(cookieKeyOf(cookie)) ?? 'removed'}
                  markedBy={focusedSeq}
                  editing={false}
                  editable={!past}
                  gone
                  busy={snapshot.busy}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}
