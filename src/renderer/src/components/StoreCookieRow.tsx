// One cookie of the store inspector: name and value, where it goes, a live expiry countdown,
// its flags, and edit/delete. A row the selected entry changed is marked with what happened.

import { useState } from 'react'
import type { ChangeType, StoredCookie } from '../../../shared/domain'
import { formatCountdown } from '../../../shared/explain/durations'
import { useApp, useStore } from '../app-context'
import { entryLabel, truncateValue } from '../entry-display'
import './StoreCookieRow.css'

export interface StoreCookieRowProps {
  cookie: StoredCookie
  mark: ChangeType | null
  /** The seq of the entry whose changes are marked. */
  markedBy: number | null
  editing: boolean
  editable: boolean
  /** Removed or expired by the marked entry: no longer in the store. */
  gone?: boolean
  busy: boolean
}

export function StoreCookieRow({
  cookie,
  mark,
  markedBy,
  editing,
  editable,
  gone = false,
  busy,
}: StoreCookieRowProps) {
  const { stores } = useApp()
  const inspector = stores.inspector
  const classes = ['store-row', mark && `store-row-${mark}`, gone && 'store-row-gone'].filter(
    Boolean,
  )
  return (
    <tr className={classes.join(' ')}>
      <td className="store-cookie">
        <span className="store-name-line">
          <span className="store-name">{cookie.name}</span>
          {mark && (
            <span className={`pill pill-${mark}`}>
              {mark}
              {markedBy !== null && ` by ${entryLabel(markedBy)}`}
            </span>
          )}
        </span>
        {editing ? (
          <ValueEditor cookie={cookie} busy={busy} />
        ) : (
          <span className="store-value" title={cookie.value}>
            {cookie.value === '' ? (
              <em className="muted">empty</em>
            ) : (
              truncateValue(cookie.value, 40)
            )}
          </span>
        )}
        <span className="store-size">{cookie.size} bytes</span>
      </td>
      <td>
        <span className="store-domain">{cookie.domain}</span>
        {cookie.hostOnly && <span className="store-host-only muted">host only</span>}
        <span className="store-path">path {cookie.path}</span>
      </td>
      <td>
        <Expiry expires={cookie.expires} />
      </td>
      <td className="store-flags">
        <span className={cookie.httpOnly ? 'flag flag-on' : 'flag flag-off'}>
          HttpOnly {cookie.httpOnly ? 'yes' : 'no'}
        </span>
        <span className={cookie.secure ? 'flag flag-on' : 'flag flag-off'}>
          Secure {cookie.secure ? 'yes' : 'no'}
        </span>
        <span className={cookie.sameSite ? 'flag flag-on' : 'flag flag-off'}>
          SameSite {cookie.sameSite ?? 'not set'}
        </span>
      </td>
      {editable && (
        <td className="store-actions">
          {!gone && !editing && (
            <>
              <button
                type="button"
                aria-label={`Edit the value of ${cookie.name}`}
                onClick={() => inspector.startEdit(cookie)}
                disabled={busy}
              >
                Edit
              </button>
              <button
                type="button"
                aria-label={`Delete ${cookie.name}`}
                onClick={() => void inspector.deleteCookie(cookie)}
                disabled={busy}
              >
                Delete
              </button>
            </>
          )}
        </td>
      )}
    </tr>
  )
}

function Expiry({ expires }: { expires: number | null }) {
  if (expires === null) return <span className="expiry">session</span>
  return <Countdown expires={expires} />
}

function Countdown({ expires }: { expires: number }) {
  const { stores } = useApp()
  const now = useStore(stores.clock)
  const left = expires - now / 1000
  const at = new Date(expires * 1000)
  return (
    <time className="expiry" dateTime={at.toISOString()} title={at.toUTCString()}>
      {left <= 0 ? 'expired' : `in ${formatCountdown(left)}`}
    </time>
  )
}

function ValueEditor({ cookie, busy }: { cookie: StoredCookie; busy: boolean }) {
  const { stores } = useApp()
  const [value, setValue] = useState(cookie.value)
  return (
    <form
      className="value-editor"
      onSubmit={(event) => {
        event.preventDefault()
        void stores.inspector.saveValue(cookie, value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') stores.inspector.cancelEdit()
      }}
    >
      <input
        aria-label={`New value for ${cookie.name}`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoFocus
      />
      <button type="submit" disabled={busy}>
        Save
      </button>
      <button type="button" onClick={() => stores.inspector.cancelEdit()}>
        Cancel
      </button>
    </form>
  )
}
