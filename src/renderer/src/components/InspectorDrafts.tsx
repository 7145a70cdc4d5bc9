// The learner's unsaved edits in the store inspector: the value editor of a row, the same editor
// for a cookie that left the store while it was being edited, and the note that says the drafts
// wait while the inspector shows a past store. The drafts themselves live in the inspector store
// (stores/inspector-store.ts says why), so none of these components holds the text.

import { useEffect, useRef } from 'react'
import type { StoredCookie } from '../../../shared/domain'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp } from '../app-context'
import { cookieLabel } from '../inspector-words'
import type { InspectorSnapshot, ValueEdit } from '../stores/inspector-store'

/**
 * The editor of EDIT's value. CURRENT: the cookie under the same key in the store now (its
 * attributes are the ones saved), or null when it has gone: saving then puts it back as it was.
 */
export function ValueEditor({
  edit,
  current,
  busy,
}: {
  edit: ValueEdit
  current: StoredCookie | null
  busy: boolean
}) {
  const { stores } = useApp()
  const inspector = stores.inspector
  const target = current ?? edit.cookie
  const changedMeanwhile = current !== null && current.value !== edit.cookie.value
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (inspector.takeFocus('edit')) input.current?.focus()
  }, [inspector])
  return (
    <form
      className="value-editor"
      onSubmit={(event) => {
        event.preventDefault()
        void inspector.saveValue(target, edit.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') inspector.cancelEdit()
      }}
    >
      <input
        aria-label={formatMessage('ui.form.newValue', { cookie: cookieLabel(edit.cookie) })}
        value={edit.value}
        onChange={(event) => inspector.setEditValue(event.target.value)}
        ref={input}
      />
      <button type="submit" disabled={busy}>
        {formatMessage('ui.form.save', undefined)}
      </button>
      <button type="button" onClick={() => inspector.cancelEdit()}>
        {formatMessage('ui.store.cancel', undefined)}
      </button>
      {changedMeanwhile && (
        <p className="hint" role="status">
          {formatMessage('inspector.draft.valueChanged', { value: current.value })}
        </p>
      )}
    </form>
  )
}

/** An edit whose cookie is no longer in the live store: said so, with the text still there. */
export function GoneCookieEdit({ edit, busy }: { edit: ValueEdit; busy: boolean }) {
  return (
    <div
      className="store-warning"
      role="group"
      aria-label={formatMessage('ui.form.unsaved', undefined)}
    >
      <p role="status">
        {formatMessage('inspector.draft.cookieGone', { name: cookieLabel(edit.cookie) })}
      </p>
      <ValueEditor edit={edit} current={null} busy={busy} />
    </div>
  )
}

/** While a past store is shown (read-only): what waits unsaved for the return to live. */
export function KeptDraftsNote({ snapshot }: { snapshot: InspectorSnapshot }) {
  const { edit, adding, addForm } = snapshot
  const addKept = adding && addForm !== null
  if (edit === null && !addKept) return null
  return (
    <div className="store-warning store-drafts-kept" role="status">
      {edit !== null && (
        <p>
          {formatMessage('inspector.draft.editKept', {
            name: cookieLabel(edit.cookie),
            value: edit.value,
          })}
        </p>
      )}
      {addKept && <p>{formatMessage('inspector.draft.addKept', undefined)}</p>}
    </div>
  )
}
