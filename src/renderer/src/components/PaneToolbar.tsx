// The browser pane's toolbar: back, forward, reload, home, and an address bar that takes a path
// on the tutorial server (/getcookie) or a full URL and otherwise shows where the pane is.

import { useRef, useState } from 'react'
import { useApp, useStore } from '../app-context'
import './PaneToolbar.css'
import { Icon } from './Icon'
import { formatMessage } from '../../../shared/messages/format-message'

export function PaneToolbar() {
  const { stores } = useApp()
  const paneStore = stores.pane
  const { pane, error } = useStore(paneStore)
  // null while the bar is not in use: it then follows the pane. Focus freezes it, so a pane
  // event arriving mid-edit cannot swap the text under the caret.
  const [draft, setDraft] = useState<string | null>(null)
  // What the bar showed when it took focus: leaving it unedited lets it follow the pane again.
  const shownOnFocus = useRef<string | null>(null)

  return (
    <div className="pane-toolbar">
      <div className="toolbar-row">
        <button
          type="button"
          className="icon-button"
          aria-label={formatMessage('ui.pane.back', undefined)}
          disabled={!pane.canGoBack}
          onClick={() => void paneStore.goBack()}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={formatMessage('ui.pane.forward', undefined)}
          disabled={!pane.canGoForward}
          onClick={() => void paneStore.goForward()}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={formatMessage('ui.pane.reload', undefined)}
          onClick={() => void paneStore.reload()}
        >
          <Icon name="reload" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={formatMessage('ui.pane.home', undefined)}
          onClick={() => void paneStore.goHome()}
        >
          <span aria-hidden="true">⌂</span>
        </button>
        <form
          className="address-form"
          onSubmit={(event) => {
            event.preventDefault()
            const input = event.currentTarget.querySelector('input')
            const submitted = draft ?? pane.url
            // As in a browser, Enter lets go of the bar at once: it shows the typed address while
            // the pane loads. (Let go only once the load ended, it could blur a bar the learner
            // had just clicked into again, and what they typed next went nowhere.)
            input?.blur()
            void paneStore.navigate(submitted).then((ok) => {
              // Loaded: the bar shows where the pane went, unless the learner is back in it or
              // has typed another address since (that one must not be lost). Refused: the typed
              // address stays, to be put right.
              if (!ok || (input && (input === document.activeElement || input.value !== submitted)))
                return
              setDraft(null)
            })
          }}
        >
          <input
            className="address-input"
            aria-label={formatMessage('ui.pane.address', undefined)}
            placeholder={formatMessage('ui.pane.addressPlaceholder', undefined)}
            spellCheck={false}
            autoComplete="off"
            value={draft ?? pane.url}
            onChange={(event) => setDraft(event.target.value)}
            onFocus={(event) => {
              shownOnFocus.current = event.target.value
              setDraft(event.target.value)
              event.target.select()
            }}
            onBlur={(event) => {
              if (event.target.value === shownOnFocus.current) setDraft(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setDraft(null)
                paneStore.clearError()
              }
            }}
          />
          <button type="submit">{formatMessage('ui.pane.go', undefined)}</button>
        </form>
        <span className="pane-loading" aria-live="polite">
          {pane.loading ? formatMessage('ui.pane.loading', undefined) : ''}
        </span>
      </div>
      {error !== null && <PaneError error={error} />}
    </div>
  )
}

/** A navigation error in words; the browser's own error name, when it ends it, in small print. */
function PaneError({ error }: { error: string }) {
  const named = /^(.*) \((net::ERR_[A-Z0-9_]+)\)$/s.exec(error)
  return (
    <p className="inline-error" role="alert">
      {named ? named[1] : error}
      {named && (
        <>
          {' '}
          <small className="error-code">{named[2]}</small>
        </>
      )}
    </p>
  )
}
