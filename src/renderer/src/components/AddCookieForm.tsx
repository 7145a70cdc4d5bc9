// The inspector's small form for a new cookie. The domain starts as the tutorial server's host
// (a host-only cookie); the rules for turning the fields into a cookie live in cookie-form.ts.
// A domain no page of the pane is on, or a dot before an IP address, gets a warning as it is
// typed (cookie-reach.ts): a warning, not a refusal, and it stays in view once added.

import { useEffect, useMemo, useRef, type ChangeEvent } from 'react'
import type { SameSite } from '../../../shared/domain'
import { useApp, useStore } from '../app-context'
import { emptyCookieForm, type CookieFormValues } from '../cookie-form'
import { draftWarnings, visitedHostsOf } from '../cookie-reach'
import { warningText } from '../inspector-words'
import './AddCookieForm.css'
import { formatMessage } from '../../../shared/messages/format-message'

const SAME_SITE_CHOICES: ReadonlyArray<{ value: SameSite | ''; label: string }> = [
  // The attributes' own values stay as on the wire; only "not set" is words.
  { value: '', label: '' },
  { value: 'Strict', label: 'Strict' },
  { value: 'Lax', label: 'Lax' },
  { value: 'None', label: 'None' },
]

function hostnameOf(url: string | null): string {
  if (!url) return ''
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

export function AddCookieForm() {
  const { stores } = useApp()
  const session = useStore(stores.session)
  const { busy, addForm, addError: error } = useStore(stores.inspector)
  // What was typed lives in the inspector store, so it outlives this form while a past store is
  // shown (stores/inspector-store.ts says why); until then, the form's defaults.
  const form = addForm ?? emptyCookieForm(hostnameOf(session.serverUrl))
  const setForm = (values: CookieFormValues) => stores.inspector.setAddForm(values)
  const nameInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (stores.inspector.takeFocus('add')) nameInput.current?.focus()
  }, [stores.inspector])
  const { pane } = useStore(stores.pane)
  const { entries } = useStore(stores.timeline)
  const visited = useMemo(
    () =>
      visitedHostsOf([
        pane.url,
        ...entries.flatMap((entry) => (entry.kind === 'exchange' ? [entry.url] : [])),
      ]),
    [pane.url, entries],
  )
  const warnings = draftWarnings({ domain: form.domain }, visited)

  const text = (field: 'name' | 'value' | 'domain' | 'path' | 'expiresIn') => ({
    value: form[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [field]: event.target.value }),
  })
  const flag = (field: 'httpOnly' | 'secure') => ({
    checked: form[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [field]: event.target.checked }),
  })

  return (
    <form
      className="add-form"
      aria-label={formatMessage('ui.form.label', undefined)}
      onSubmit={(event) => {
        event.preventDefault()
        stores.inspector.submitAddForm(form, warnings)
      }}
    >
      <div className="form-grid">
        <label>
          {formatMessage('ui.form.name', undefined)}
          <input {...text('name')} ref={nameInput} required />
        </label>
        <label>
          {formatMessage('ui.form.value', undefined)}
          <input {...text('value')} />
        </label>
        <label>
          {formatMessage('ui.form.domain', undefined)}
          <input {...text('domain')} aria-describedby="add-domain-hint" />
        </label>
        <label>
          {formatMessage('ui.form.path', undefined)}
          <input {...text('path')} />
        </label>
        <label>
          {formatMessage('ui.form.expiresIn', undefined)}
          <input
            {...text('expiresIn')}
            inputMode="numeric"
            placeholder={formatMessage('ui.form.sessionPlaceholder', undefined)}
          />
        </label>
      </div>
      <p id="add-domain-hint" className="hint">
        {formatMessage('ui.form.domainHint', undefined)}
      </p>
      {/* Announced as it changes, so a screen reader hears it while typing the domain. */}
      <div aria-live="polite">
        {warnings.length > 0 && (
          <ul className="add-warnings" aria-label={formatMessage('ui.form.warnings', undefined)}>
            {warnings.map((warning) => (
              <li key={warning.code}>{warningText(warning)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-flags">
        <label className="toggle">
          <input type="checkbox" {...flag('httpOnly')} /> HttpOnly
        </label>
        <label className="toggle">
          <input type="checkbox" {...flag('secure')} /> Secure
        </label>
        <fieldset className="radio-group">
          <legend>SameSite</legend>
          {SAME_SITE_CHOICES.map((choice) => (
            <label key={choice.value} className="toggle">
              <input
                type="radio"
                name="add-samesite"
                value={choice.value}
                checked={form.sameSite === choice.value}
                onChange={() => setForm({ ...form, sameSite: choice.value })}
              />
              {choice.value === ''
                ? formatMessage('ui.form.sameSiteUnset', undefined)
                : choice.label}
            </label>
          ))}
        </fieldset>
      </div>
      {error !== null && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {formatMessage('ui.form.submit', undefined)}
        </button>
        <button type="button" onClick={() => stores.inspector.cancelAdding()}>
          {formatMessage('ui.store.cancel', undefined)}
        </button>
      </div>
    </form>
  )
}
