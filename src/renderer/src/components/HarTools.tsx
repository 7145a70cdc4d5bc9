// The HAR menu in the window's header: import a HAR file to explore (a file input: the page reads
// the file and sends its text, never a path), and export the live session as HAR, whole or
// sanitised, saved as the page's own download (text-download.ts). It works in every host; in
// Electron the File menu offers the same through main's own dialogs.

import { useRef } from 'react'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import './HarTools.css'

const EXPORTS = [
  { sanitised: false, label: 'har.export', title: 'har.exportTitle' },
  { sanitised: true, label: 'har.exportSanitised', title: 'har.exportSanitisedTitle' },
] as const

export function HarTools() {
  const { stores } = useApp()
  const har = stores.har
  const { busy } = useStore(har)
  const menuRef = useRef<HTMLDetailsElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const close = () => {
    if (menuRef.current) menuRef.current.open = false
  }
  return (
    <div className="har-tools">
      {busy !== null && (
        <span className="har-busy" role="status">
          {formatMessage('har.busy', { what: busy })}
        </span>
      )}
      <details ref={menuRef} className="har-menu">
        <summary title={formatMessage('har.menuTitle', undefined)}>
          {formatMessage('har.menu', undefined)}
        </summary>
        <div className="har-menu-items">
          <button
            type="button"
            onClick={() => {
              close()
              inputRef.current?.click()
            }}
          >
            {formatMessage('har.import', undefined)}
          </button>
          {EXPORTS.map(({ sanitised, label, title }) => (
            <button
              key={label}
              type="button"
              title={formatMessage(title, undefined)}
              onClick={() => {
                close()
                void har.exportSession(sanitised)
              }}
            >
              {formatMessage(label, undefined)}
            </button>
          ))}
        </div>
      </details>
      <input
        ref={inputRef}
        type="file"
        className="har-file-input"
        accept=".har,application/json"
        aria-label={formatMessage('har.import', undefined)}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // The same file chosen again must fire a change again.
          event.target.value = ''
          if (file) void har.openFile(file)
        }}
      />
    </div>
  )
}
