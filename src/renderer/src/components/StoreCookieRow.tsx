// One cookie of the store inspector: name and value, size, where it goes (its partition too),
// who set it, a live expiry countdown, its flags and priority, and edit/delete. A row the
// selected entry changed is marked with what happened. Under it, when there is something to
// say: what its partition means, and its issues.

import { memo } from 'react'
import type { ChangeType, StoredCookie } from '../../../shared/domain'
import { formatCountdown } from '../../../shared/explain/durations'
import { useApp, useLanguage, useStore } from '../app-context'
import { formatMessage } from '../../../shared/messages/format-message'
import { dateAndTime, entryLabel, truncateValue } from '../entry-display'
import type { CookieIssue } from '../inspector-issues'
import {
  cookieLabel,
  issueText,
  partitionExplanation,
  partitionSummary,
  sourceText,
} from '../inspector-words'
import type { ValueEdit } from '../stores/inspector-store'
import { decodeCookieValue } from '../value-decoding'
import { ValueEditor } from './InspectorDrafts'
import { sameShape } from '../../../shared/same-shape'
import './StoreCookieRow.css'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'

export interface StoreCookieRowProps {
  cookie: StoredCookie
  mark: ChangeType | null
  /** The seq of the entry whose changes are marked. */
  markedBy: number | null
  /** The edit of this row's value, when it is being edited. */
  edit: ValueEdit | null
  /** Another row's value is being edited with text typed: this row's Edit waits (its name). */
  editWaitsFor: string | null
  editable: boolean
  /** Removed or expired by the marked entry: no longer in the store. */
  gone?: boolean
  busy: boolean
  /** What is wrong with it (inspector-issues.ts): listed under the row. */
  issues: readonly CookieIssue[]
  /** Show the value with its %xx escapes decoded. */
  decode: boolean
  /** The lesson step on screen is about this cookie (the spotlight). */
  spotlit?: boolean
}

// Memoised: a store update re-renders only the rows whose cookie, issues or marks changed. The
// issues are worked out anew at every change, so they are compared by content; the inspector
// store keeps unchanged cookies' objects (kept-values.ts).
export const StoreCookieRow = memo(function StoreCookieRow({
  cookie,
  mark,
  markedBy,
  edit,
  editWaitsFor,
  editable,
  gone = false,
  busy,
  issues,
  decode,
  spotlit = false,
}: StoreCookieRowProps) {
  // Messages take the UI's language themselves; reading it here re-renders a memoised row.
  useLanguage()
  const { stores } = useApp()
  const inspector = stores.inspector
  const partition = partitionSummary(cookie)
  const explanation = partitionExplanation(cookie)
  const source = sourceText(cookie)
  const hasNotes = partition !== null || issues.length > 0
  const classes = [
    'store-row',
    mark && `store-row-${mark}`,
    gone && 'store-row-gone',
    hasNotes && 'store-row-with-notes',
    spotlit && SPOTLIT,
  ].filter(Boolean)
  const columns = editable ? 6 : 5
  return (
    <>
      <tr
        className={classes.join(' ')}
        aria-describedby={spotlit ? SPOTLIGHT_HINT.store : undefined}
      >
        <td className="store-cookie">
          <span className="store-name-line">
            <span className="store-name">{cookie.name}</span>
            {mark && (
              <span className={`pill pill-${mark}`}>
                {markedBy === null
                  ? formatMessage(`change.label.${mark}`, undefined)
                  : formatMessage('ui.store.markBy', {
                      mark: formatMessage(`change.label.${mark}`, undefined),
                      entry: entryLabel(markedBy),
                    })}
              </span>
            )}
            {issues.length > 0 && (
              <span className="pill pill-issue">
                {formatMessage('ui.store.issues', { count: issues.length })}
              </span>
            )}
          </span>
          {edit ? (
            <ValueEditor edit={edit} current={cookie} busy={busy} />
          ) : (
            <Value cookie={cookie} decode={decode} />
          )}
        </td>
        <td className="store-size">{formatMessage('ui.store.bytes', { count: cookie.size })}</td>
        <td className="store-where">
          <span className="store-domain-line">
            <span className="store-domain">{cookie.domain}</span>
            {cookie.hostOnly && (
              <span className="store-host-only muted">
                {' '}
                {formatMessage('ui.store.hostOnly', undefined)}
              </span>
            )}
          </span>
          <span className="store-path">
            {formatMessage('ui.store.path', { path: cookie.path })}
          </span>
          {cookie.partitionKey && (
            <span className="store-partition">
              {formatMessage('ui.store.partition', { site: cookie.partitionKey.topLevelSite })}
            </span>
          )}
          {!cookie.partitionKey && cookie.partitionKeyOpaque && (
            <span className="store-partition">
              {formatMessage('ui.store.partitionOpaque', undefined)}
            </span>
          )}
          {source !== null && <span className="store-source muted">{source}</span>}
        </td>
        <td>
          <Expiry expires={cookie.expires} />
        </td>
        <td className="store-flags">
          <span className={cookie.httpOnly ? 'flag flag-on' : 'flag flag-off'}>
            {formatMessage('ui.store.flag', {
              flag: 'HttpOnly',
              on: cookie.httpOnly ? 'yes' : 'no',
            })}
          </span>
          <span className={cookie.secure ? 'flag flag-on' : 'flag flag-off'}>
            {formatMessage('ui.store.flag', { flag: 'Secure', on: cookie.secure ? 'yes' : 'no' })}
          </span>
          <span className={cookie.sameSite ? 'flag flag-on' : 'flag flag-off'}>
            {cookie.sameSite
              ? `SameSite ${cookie.sameSite}`
              : formatMessage('ui.store.sameSiteUnset', undefined)}
          </span>
          {/* The raw code: a priority a newer Chromium adds is shown as it names it. */}
          <span className="flag store-priority">
            {cookie.priority
              ? formatMessage('ui.store.priority', { priority: cookie.priority })
              : formatMessage('ui.store.priorityUnset', undefined)}
          </span>
        </td>
        {editable && (
          <td className="store-actions">
            {!gone && !edit && (
              <>
                <button
                  type="button"
                  aria-label={formatMessage('ui.store.editLabel', { cookie: cookieLabel(cookie) })}
                  onClick={() => inspector.startEdit(cookie)}
                  disabled={busy || editWaitsFor !== null}
                  title={
                    editWaitsFor === null
                      ? undefined
                      : formatMessage('inspector.draft.otherEditOpen', { name: editWaitsFor })
                  }
                >
                  {formatMessage('ui.store.edit', undefined)}
                </button>
                <button
                  type="button"
                  aria-label={formatMessage('ui.store.deleteLabel', {
                    cookie: cookieLabel(cookie),
                  })}
                  onClick={() => void inspector.deleteCookie(cookie)}
                  disabled={busy}
                >
                  {formatMessage('ui.store.delete', undefined)}
                </button>
              </>
            )}
          </td>
        )}
      </tr>
      {hasNotes && (
        <tr
          className={`store-notes${gone ? ' store-row-gone' : ''}${spotlit ? ' store-notes-spotlit' : ''}`}
        >
          <td colSpan={columns}>
            {partition !== null &&
              (explanation === null ? (
                <p className="store-note-partition">
                  <strong>{partition}.</strong>
                </p>
              ) : (
                // One line per partitioned cookie, so two partitions fit on a projector; what
                // the partition means one click (or Enter) away.
                <details className="store-note-partition">
                  <summary>
                    <strong>{partition}.</strong>{' '}
                    <span className="muted-link">
                      {formatMessage('ui.store.whatThisMeans', undefined)}
                    </span>
                  </summary>
                  <p>{explanation}</p>
                </details>
              ))}
            {issues.length > 0 && (
              <ul
                className="store-issues"
                aria-label={formatMessage('ui.store.issuesOf', { cookie: cookie.name })}
              >
                {issues.map((issue, index) => (
                  <li key={index}>{issueText(issue)}</li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      )}
    </>
  )
}, sameRowProps)

function sameRowProps(a: StoreCookieRowProps, b: StoreCookieRowProps): boolean {
  const keys = Object.keys(a) as Array<keyof StoreCookieRowProps>
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) =>
      key === 'issues' ? sameShape(a.issues, b.issues) : Object.is(a[key], b[key]),
    )
  )
}

/** The value as stored, or decoded when asked (the stored form stays in the tooltip). */
function Value({ cookie, decode }: { cookie: StoredCookie; decode: boolean }) {
  if (cookie.value === '') {
    return (
      <span className="store-value">
        <em className="muted">{formatMessage('ui.store.emptyValue', undefined)}</em>
      </span>
    )
  }
  const decoded = decode ? decodeCookieValue(cookie.value) : ({ kind: 'plain' } as const)
  return (
    <span className="store-value" title={cookie.value}>
      {decoded.kind === 'decoded' ? (
        <>
          {truncateValue(decoded.text, 40)}
          <span className="value-note muted"> {formatMessage('ui.store.decoded', undefined)}</span>
        </>
      ) : (
        truncateValue(cookie.value, 40)
      )}
      {decoded.kind === 'invalid' && (
        <span className="value-note value-invalid">
          {' '}
          ({formatMessage('inspector.decode.invalid', undefined)})
        </span>
      )}
    </span>
  )
}

function Expiry({ expires }: { expires: number | null }) {
  if (expires === null) {
    return <span className="expiry">{formatMessage('ui.store.session', undefined)}</span>
  }
  return <Countdown expires={expires} />
}

function Countdown({ expires }: { expires: number }) {
  const { stores } = useApp()
  const now = useStore(stores.clock)
  const left = expires - now / 1000
  const at = new Date(expires * 1000)
  return (
    <time className="expiry" dateTime={at.toISOString()} title={dateAndTime(at.getTime())}>
      {left <= 0
        ? formatMessage('ui.store.expired', undefined)
        : formatMessage('ui.store.expiresIn', { time: formatCountdown(left) })}
    </time>
  )
}
