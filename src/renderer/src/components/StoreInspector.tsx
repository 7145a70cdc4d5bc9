// Every cookie in the pane's store, live or (time travel) as it was right after a past entry,
// with the rows the selected entry changed picked out. The table sorts by any column, can show
// only the cookies with an issue, and can show values with their %xx escapes decoded. Edits,
// deletions, additions and "clear all" go to the host; their results come back as store events
// and timeline rows.

import { useMemo, useRef } from 'react'
import type { StoredCookie, TimelineEntry } from '../../../shared/domain'
import { cookieKeyOf } from '../../../shared/domain'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import { entryLabel } from '../entry-display'
import { issuesByCookie, type CookieIssue } from '../inspector-issues'
import { sortCookies, type StoreColumn, type StoreSort } from '../store-sort'
import type { InspectorSnapshot } from '../stores/inspector-store'
import { cookieLabel, warningText } from '../inspector-words'
import { editHasText } from '../stores/inspector-store'
import { AddCookieForm } from './AddCookieForm'
import { GoneCookieEdit, KeptDraftsNote } from './InspectorDrafts'
import { useSpotlitStore } from '../use-spotlight-target'
import {
  SPOTLIGHT_HINT,
  SpotlightHint,
  SpotlightNote,
  SpotlightWaiting,
  useScrollToSpotlit,
} from './Spotlight'
import { StoreCookieRow } from './StoreCookieRow'
import './StoreInspector.css'

const NO_ISSUES: readonly CookieIssue[] = []

const COLUMNS: ReadonlyArray<{ column: StoreColumn; label: string }> = [
  { column: 'cookie', label: 'Cookie' },
  { column: 'size', label: 'Size' },
  { column: 'where', label: 'Domain and path' },
  { column: 'expires', label: 'Expires' },
  { column: 'flags', label: 'Flags' },
]

export function StoreInspector() {
  const { stores } = useApp()
  const inspector = stores.inspector
  const snapshot = useStore(inspector)
  const { entries } = useStore(stores.timeline)
  const { view, cookies, marks, gone } = snapshot
  const past = view.mode === 'past'
  const focusedSeq =
    snapshot.focusedId === null ? null : (stores.timeline.get(snapshot.focusedId)?.seq ?? null)
  const count = cookies?.length ?? 0
  const issues = useIssues(cookies, entries, view.mode === 'past' ? view.seq : null)
  const { editingKey } = snapshot
  const shown = useMemo(() => {
    if (cookies === null) return null
    // The row being edited stays in view under the issue filter: a filter hides rows, not work.
    const kept = snapshot.issuesOnly
      ? cookies.filter((cookie) => {
          const key = cookieKeyOf(cookie)
          return issues.has(key) || key === editingKey
        })
      : cookies
    return sortCookies(kept, snapshot.sort)
  }, [cookies, issues, snapshot.issuesOnly, snapshot.sort, editingKey])
  const editGone =
    !past && snapshot.edit !== null && !snapshot.live.some((c) => cookieKeyOf(c) === editingKey)
  const editWaitsFor = editHasText(snapshot.edit) ? cookieLabel(snapshot.edit!.cookie) : null
  const issueCount = cookies?.filter((cookie) => issues.has(cookieKeyOf(cookie))).length ?? 0
  const spotlight = useSpotlitStore()
  const spotlightShown = useStore(stores.spotlight)
  const litKeys = spotlight?.on === 'store' ? spotlight.keys : null
  const scrollRef = useRef<HTMLDivElement>(null)
  // Keyed by the lit cookies, not by the set (a new one at every store change): a learner who
  // scrolled away is brought back only when the step or its cookies change.
  useScrollToSpotlit(
    scrollRef,
    litKeys && [spotlightShown?.focus, spotlightShown?.sinceSeq, [...litKeys].join('\n')],
  )

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

      <div className="store-view-tools" role="group" aria-label="What the table shows">
        <label className="toggle">
          <input
            type="checkbox"
            checked={snapshot.issuesOnly}
            onChange={(event) => inspector.setIssuesOnly(event.target.checked)}
          />
          Only cookies with an issue ({issueCount})
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={snapshot.decodeValues}
            onChange={(event) => inspector.setDecodeValues(event.target.checked)}
          />
          Decode %xx in values
        </label>
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
      {past && <KeptDraftsNote snapshot={snapshot} />}

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

      {snapshot.addedWarning !== null && !past && (
        <div className="store-warning" role="status">
          <p>
            {formatMessage('inspector.add.added', {
              name: snapshot.addedWarning.name,
              warnings: snapshot.addedWarning.warnings.map(warningText).join(' '),
            })}
          </p>
          <button type="button" onClick={() => inspector.dismissAddedWarning()}>
            OK
          </button>
        </div>
      )}

      {snapshot.adding && !past && <AddCookieForm />}

      {editGone && <GoneCookieEdit edit={snapshot.edit!} busy={snapshot.busy} />}

      {spotlight?.on === 'nothing' && shown !== null && (
        <SpotlightWaiting focus={spotlight.focus} />
      )}
      {litKeys && <SpotlightHint id={SPOTLIGHT_HINT.store} />}
      {spotlight?.on === 'store' &&
        snapshot.issuesOnly &&
        shown !== null &&
        !shown.some((cookie) => spotlight.keys.has(cookieKeyOf(cookie))) && (
          <SpotlightNote>
            {formatMessage('spotlight.store.filtered', { cookie: spotlight.cookie })}
            <button type="button" onClick={() => inspector.setIssuesOnly(false)}>
              {formatMessage('spotlight.showIt', undefined)}
            </button>
          </SpotlightNote>
        )}

      {/* Focusable so the keyboard can scroll a long store; named, as every keyboard stop is. */}
      <div
        ref={scrollRef}
        className="panel-scroll"
        tabIndex={0}
        role="group"
        aria-label="Cookies in the store"
      >
        {view.mode === 'past' && view.error !== null && (
          <p className="inline-error" role="alert">
            Could not load the past store: {view.error}
          </p>
        )}
        {shown === null ? (
          view.mode === 'past' &&
          view.error === null && <p className="muted pad">Loading the store as it was…</p>
        ) : count === 0 && gone.length === 0 ? (
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
          <table className="store-table" data-spotlight={litKeys ? 'on' : undefined}>
            <caption className="visually-hidden">
              {past ? `Cookies after ${entryLabel(view.seq)}` : 'Cookies in the pane’s store now'}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map(({ column, label }) => (
                  <SortableHeader
                    key={column}
                    column={column}
                    label={label}
                    sort={snapshot.sort}
                    onSort={() => inspector.sortBy(column)}
                  />
                ))}
                {!past && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((cookie: StoredCookie) => {
                const key = cookieKeyOf(cookie)
                return (
                  <StoreCookieRow
                    key={key}
                    cookie={cookie}
                    mark={marks.get(key) ?? null}
                    markedBy={focusedSeq}
                    edit={!past && editingKey === key ? snapshot.edit : null}
                    editWaitsFor={editingKey === key ? null : editWaitsFor}
                    editable={!past}
                    busy={snapshot.busy}
                    issues={issues.get(key) ?? NO_ISSUES}
                    decode={snapshot.decodeValues}
                    spotlit={litKeys?.has(key) ?? false}
                  />
                )
              })}
              {!snapshot.issuesOnly &&
                gone.map((cookie) => (
                  <StoreCookieRow
                    key={`gone:${cookieKeyOf(cookie)}`}
                    cookie={cookie}
                    mark={marks.get(cookieKeyOf(cookie)) ?? 'removed'}
                    markedBy={focusedSeq}
                    edit={null}
                    editWaitsFor={null}
                    editable={!past}
                    gone
                    busy={snapshot.busy}
                    issues={NO_ISSUES}
                    decode={snapshot.decodeValues}
                    spotlit={litKeys?.has(cookieKeyOf(cookie)) ?? false}
                  />
                ))}
            </tbody>
          </table>
        )}
        {shown !== null && shown.length === 0 && count > 0 && snapshot.issuesOnly && (
          <p className="muted pad">No cookie in this store has an issue.</p>
        )}
      </div>
    </section>
  )
}

/** The issues of the cookies shown, from the timeline up to the store shown (UPTO: its seq). */
function useIssues(
  cookies: InspectorSnapshot['cookies'],
  entries: readonly TimelineEntry[],
  upTo: number | null,
) {
  return useMemo(
    () =>
      issuesByCookie({
        cookies: cookies ?? [],
        entries: upTo === null ? entries : entries.filter((entry) => entry.seq <= upTo),
      }),
    [cookies, entries, upTo],
  )
}

function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: StoreColumn
  label: string
  sort: StoreSort | null
  onSort: () => void
}) {
  const direction = sort?.column === column ? sort.direction : null
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}
