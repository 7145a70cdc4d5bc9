// Across the window, under its header: what an imported HAR file is (its name, the tool that
// wrote it, its HAR version), what it does not hold, and the way back to the live session; or,
// when a file could not be imported, every problem found in it, worded, while what the timeline
// shows stays as it was.

import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import type { ImportedFile } from '../stores/har-store'
import './HarBanner.css'

export function HarBanner() {
  const { stores } = useApp()
  const { imported, trouble } = useStore(stores.har)
  return (
    <>
      {trouble && (
        <div className="inline-error har-trouble" role="alert">
          {trouble.fileName !== null && (
            <p>{formatMessage('har.trouble.title', { fileName: trouble.fileName })}</p>
          )}
          <ul>
            {trouble.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={() => stores.har.dismissTrouble()}>
            {formatMessage('har.trouble.dismiss', undefined)}
          </button>
        </div>
      )}
      {imported && <ImportedBanner file={imported} onBack={() => stores.har.backToLive()} />}
    </>
  )
}

function ImportedBanner({ file, onBack }: { file: ImportedFile; onBack(): void }) {
  return (
    <section className="har-banner" aria-label={formatMessage('har.banner.label', undefined)}>
      <div className="har-banner-head">
        <p className="har-banner-title">
          <strong>{formatMessage('har.banner.title', { fileName: file.fileName })}</strong>{' '}
          <span>
            {formatMessage('har.banner.source', {
              harVersion: file.harVersion,
              named: file.creator === '' ? 'no' : 'yes',
              creator: file.creator,
              version: file.version,
            })}
          </span>{' '}
          <span className="muted">
            {formatMessage('har.banner.exchanges', { count: file.exchangeCount })}
          </span>
        </p>
        <button type="button" className="primary" onClick={onBack}>
          {formatMessage('har.banner.back', undefined)}
        </button>
      </div>
      <p>
        {formatMessage('har.banner.readOnly', undefined)}{' '}
        {formatMessage(file.ownFormat ? 'har.banner.ownFormat' : 'har.banner.otherTool', undefined)}
        {file.sanitised && <> {formatMessage('har.banner.sanitised', undefined)}</>}
      </p>
      {file.loadingOlder && (
        <p role="status">{formatMessage('har.banner.loadingOlder', undefined)}</p>
      )}
      {file.olderFailed !== null && (
        <p role="alert">{formatMessage('har.banner.olderFailed', { error: file.olderFailed })}</p>
      )}
      {file.noteCount > 0 && (
        <details className="har-notes">
          <summary>{formatMessage('har.banner.notes', { count: file.noteCount })}</summary>
          <ul>
            {file.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
            {file.noteCount > file.notes.length && (
              <li>
                {formatMessage('har.banner.moreNotes', {
                  count: file.noteCount - file.notes.length,
                })}
              </li>
            )}
          </ul>
        </details>
      )}
    </section>
  )
}
