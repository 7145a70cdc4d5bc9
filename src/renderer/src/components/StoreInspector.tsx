// Every cookie in the pane's store, live or (time travel) as it was right after a past entry,
// with the rows the selected entry changed picked out. The table sorts by any column, can show
// only the cookies with an issue, and can show values with their %xx escapes decoded. Edits,
// deletions, additions and "clear all" go to the host; their results come back as store events
// and timeline rows.

import { useDeferredValue, useMemo, useRef } from 'react'
import type { TimelineEntry } from '../../../shared/domain'
import { cookieKeyOf } from '../../../shared/domain'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore, useStoreInBackground } from '../app-context'
import { entryLabel } from '../entry-display'
import { issuesByCookie, type CookieIssue } from '../inspector-issues'
import { sortCookies, type StoreColumn, type StoreSort } from '../store-sort'
import type { InspectorSnapshot } from '../stores/inspector-store'
import type { TimelineSnapshot } from '../stores/timeline-store'
import { cookieLabel, warningText } from '../inspector-words'
import { editHasText } from '../stores/inspector-store'
import { AddCookieForm } from './AddCookieForm'
import { GoneCookieEdit, KeptDraftsNote } from './InspectorDrafts'
import { StoreTableRows, VIRTUAL_FROM, type StoreRowItem } from './StoreTableRows'
import { useSpotlitStore } from '../use-spotlight-target'
import {
  SPOTLIGHT_HINT,
  SpotlightHint,
  SpotlightNote,
  SpotlightWaiting,
  useScrollToSpotlit,
} from './Spotlight'
import './StoreInspector.css'
import { RichMessage } from './RichMessage'

const NO_ISSUES: readonly CookieIssue[] = []

const entriesOf = (timeline: TimelineSnapshot) => timeline.entries

const COLUMNS: readonly StoreColumn[] = ['cookie', 'size', 'where', 'expires', 'flags']

export function StoreInspector() {
  const { stores } = useApp()
  const inspector = stores.inspector
  const snapshot = useStore(inspector)
  // The issues are worked out in a render of their own, after the one that draws new rows or
  // the new store (React renders it in the background, in slices it can pause): in a burst,
  // walking the timeline for every stored cookie no longer lengthens those frames. New rows do
  // not render the inspector at all until then.
  const entries = useStoreInBackground(stores.timeline, entriesOf)
  const { view, cookies, marks, gone } = snapshot
  const past = view.mode === 'past'
  const focusedSeq =
    snapshot.focusedId === null ? null : (stores.timeline.get(snapshot.focusedId)?.seq ?? null)
  const count = cookies?.length ?? 0
  const issues = useIssues(useDeferredValue(cookies), entries, past ? view.seq : null)
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
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const spotlight = useSpotlitStore()
  const spotlightShown = useStore(stores.spotlight)
  const litKeys = spotlight?.on === 'store' ? spotlight.keys : null
  const rowItems = useMemo((): StoreRowItem[] => {
    if (shown === null) return []
    const items = shown.map((cookie) => {
      const key = cookieKeyOf(cookie)
      return {
        key,
        props: {
          cookie,
          mark: marks.get(key) ?? null,
          markedBy: focusedSeq,
          edit: !past && editingKey === key ? snapshot.edit : null,
          editWaitsFor: editingKey === key ? null : editWaitsFor,
          editable: !past,
          busy: snapshot.busy,
          issues: issues.get(key) ?? NO_ISSUES,
          decode: snapshot.decodeValues,
          spotlit: litKeys?.has(key) ?? false,
        },
      }
    })
    if (snapshot.issuesOnly) return items
    return items.concat(
      gone.map((cookie) => ({
        key: `gone:${cookieKeyOf(cookie)}`,
        props: {
          cookie,
          mark: marks.get(cookieKeyOf(cookie)) ?? 'removed',
          markedBy: focusedSeq,
          edit: null,
          editWaitsFor: null,
          editable: !past,
          gone: true,
          busy: snapshot.busy,
          issues: NO_ISSUES,
          decode: snapshot.decodeValues,
          spotlit: litKeys?.has(cookieKeyOf(cookie)) ?? false,
        },
      })),
    )
  }, [shown, gone, marks, focusedSeq, past, editingKey, editWaitsFor, issues, snapshot, litKeys])
  const issueCount = cookies?.filter((cookie) => issues.has(cookieKeyOf(cookie))).length ?? 0
  // A large store draws only the rows in view: the first lit one is brought into the page, and
  // useScrollToSpotlit then scrolls it into view as it does any lit row.
  const revealIndex = litKeys ? rowItems.findIndex((item) => item.props.spotlit) : -1
  // Keyed by the lit cookies, not by the set (a new one at every store change): a learner who
  // scrolled away is brought back only when the step or its cookies change.
  useScrollToSpotlit(
    scrollRef,
    litKeys && [spotlightShown?.focus, spotlightShown?.sinceSeq, [...litKeys].join('\n')],
  )

  return (
    <section className="panel store-panel" aria-labelledby="store-heading">
      <div className="panel-header">
        <h2 id="store-heading">{formatMessage('ui.store.heading', undefined)}</h2>
        <span className="panel-count">
          {cookies === null ? '…' : formatMessage('ui.store.count', { count })}
        </span>
        {!past && (
          <div className="panel-tools">
            <button
              type="button"
              onClick={() => inspector.setAdding(!snapshot.adding)}
              aria-expanded={snapshot.adding}
            >
              {formatMessage('ui.store.add', undefined)}
            </button>
            <button type="button" onClick={() => inspector.askClear()} disabled={count === 0}>
              {formatMessage('ui.store.clearAll', undefined)}
            </button>
          </div>
        )}
      </div>

      <div
        className="store-view-tools"
        role="group"
        aria-label={formatMessage('ui.store.viewTools', undefined)}
      >
        <label className="toggle">
          <input
            type="checkbox"
            checked={snapshot.issuesOnly}
            onChange={(event) => inspector.setIssuesOnly(event.target.checked)}
          />
          {formatMessage('ui.store.issuesOnly', { count: issueCount })}
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={snapshot.decodeValues}
            onChange={(event) => inspector.setDecodeValues(event.target.checked)}
          />
          {formatMessage('ui.store.decode', undefined)}
        </label>
      </div>

      {view.mode === 'past' && (
        <div className="time-travel" role="status">
          <span>
            <RichMessage id="ui.store.past" params={{ entry: entryLabel(view.seq) }} />
          </span>
          <button type="button" onClick={() => inspector.backToLive()}>
            {formatMessage('ui.store.backToLive', undefined)}
          </button>
        </div>
      )}
      {past && <KeptDraftsNote snapshot={snapshot} />}

      {snapshot.confirmingClear && (
        <div
          className="confirm"
          role="group"
          aria-label={formatMessage('ui.store.confirmLabel', undefined)}
        >
          <span>{formatMessage('ui.store.confirm', { count })}</span>
          <button
            type="button"
            className="danger"
            onClick={() => void inspector.confirmClear()}
            autoFocus
          >
            {formatMessage('ui.store.confirmYes', undefined)}
          </button>
          <button type="button" onClick={() => inspector.cancelClear()}>
            {formatMessage('ui.store.cancel', undefined)}
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
            {formatMessage('ui.store.ok', undefined)}
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
        className="panel-scroll store-scroll"
        tabIndex={0}
        role="group"
        aria-label={formatMessage('ui.store.list', undefined)}
      >
        {view.mode === 'past' && view.error !== null && (
          <p className="inline-error" role="alert">
            {formatMessage('ui.store.pastFailed', { error: view.error })}
          </p>
        )}
        {shown === null ? (
          view.mode === 'past' &&
          view.error === null && (
            <p className="muted pad">{formatMessage('ui.store.pastLoading', undefined)}</p>
          )
        ) : count === 0 && gone.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">
              {past
                ? formatMessage('ui.store.emptyThen', undefined)
                : formatMessage('ui.store.empty', undefined)}
            </p>
            {!past && <p>{formatMessage('ui.store.emptyWhat', undefined)}</p>}
          </div>
        ) : (
          <table
            className={
              rowItems.length > VIRTUAL_FROM ? 'store-table store-table-virtual' : 'store-table'
            }
            data-spotlight={litKeys ? 'on' : undefined}
          >
            <caption className="visually-hidden">
              {past
                ? formatMessage('ui.store.captionPast', { entry: entryLabel(view.seq) })
                : formatMessage('ui.store.captionNow', undefined)}
            </caption>
            <thead ref={headRef}>
              <tr>
                {COLUMNS.map((column) => (
                  <SortableHeader
                    key={column}
                    column={column}
                    label={formatMessage(`ui.store.column.${column}`, undefined)}
                    sort={snapshot.sort}
                    onSort={() => inspector.sortBy(column)}
                  />
                ))}
                {!past && (
                  <th scope="col" className="store-actions-head">
                    <span className="visually-hidden">
                      {formatMessage('ui.store.actions', undefined)}
                    </span>
                  </th>
                )}
              </tr>
            </thead>
            <StoreTableRows
              items={rowItems}
              columns={past ? 5 : 6}
              scrollRef={scrollRef}
              headRef={headRef}
              revealIndex={revealIndex}
            />
          </table>
        )}
        {shown !== null && shown.length === 0 && count > 0 && snapshot.issuesOnly && (
          <p className="muted pad">{formatMessage('ui.store.noIssues', undefined)}</p>
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
