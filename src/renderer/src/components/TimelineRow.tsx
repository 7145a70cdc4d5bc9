// One timeline entry as a row of the list: an HTTP exchange with its cookies both ways, or a
// script write, an inspector edit, or a gap in capture, each with a look of its own.

import { useLayoutEffect, type CSSProperties, type ReactNode, type Ref } from 'react'
import type {
  CaptureGap,
  Exchange,
  InspectorEdit,
  ScriptWrite,
  TimelineEntry,
} from '../../../shared/domain'
import { issueMarkerLabel } from '../../../shared/explain/cookie-issues'
import { formatFact } from '../../../shared/messages/format-message'
import { clockTime, entryLabel, statusOf, urlParts } from '../entry-display'
import { markRowPainted } from '../row-paint-marks'
import { BreakableUrl } from './BreakableUrl'
import { CookieChip } from './CookieChip'
import { SetCookieChip } from './SetCookieChip'
import { StoreChangeMarks } from './StoreChangeMarks'
import './TimelineRow.css'
import { Icon } from './Icon'

export interface TimelineRowProps {
  entry: TimelineEntry
  index: number
  selected: boolean
  /** The tutorial server's host: URLs on it show as paths alone. */
  serverHost: string | null
  onSelect(id: string): void
  rowRef?: Ref<HTMLDivElement>
  style?: CSSProperties
}

export function rowDomId(id: string): string {
  return `entry-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

export function TimelineRow({
  entry,
  index,
  selected,
  serverHost,
  onSelect,
  rowRef,
  style,
}: TimelineRowProps) {
  const responded = entry.kind !== 'exchange' || entry.state !== 'pending' || entry.status !== null
  useLayoutEffect(() => markRowPainted(entry.id, responded), [entry.id, responded])
  return (
    <div
      ref={rowRef}
      role="option"
      id={rowDomId(entry.id)}
      aria-selected={selected}
      data-entry-id={entry.id}
      data-index={index}
      className={`row row-${entry.kind}${selected ? ' row-selected' : ''}`}
      style={style}
      onClick={() => onSelect(entry.id)}
    >
      {entry.kind === 'exchange' && <ExchangeRow exchange={entry} serverHost={serverHost} />}
      {entry.kind === 'script-write' && <ScriptWriteRow write={entry} serverHost={serverHost} />}
      {entry.kind === 'inspector-edit' && <InspectorEditRow edit={entry} />}
      {entry.kind === 'capture-gap' && <CaptureGapRow gap={entry} />}
    </div>
  )
}

function RowHead({
  seq,
  kind,
  children,
  time,
}: {
  seq: number
  kind: string
  children: ReactNode
  time: number
}) {
  return (
    <div className="row-head">
      <span className="row-seq">{entryLabel(seq)}</span>
      <span className="row-kind">{kind}</span>
      <span className="row-title">{children}</span>
      <time className="row-time" dateTime={new Date(time).toISOString()}>
        {clockTime(time)}
      </time>
    </div>
  )
}

function ExchangeRow({ exchange, serverHost }: { exchange: Exchange; serverHost: string | null }) {
  const { host, path } = urlParts(exchange.url, serverHost)
  const status = statusOf(exchange)
  const blocked = exchange.considered.filter((c) => c.blockedReasons.length > 0)
  const requestObserved = exchange.requestHeaders !== null
  const responseObserved = exchange.responseHeaders !== null
  const done = exchange.state !== 'pending'
  return (
    <>
      <RowHead seq={exchange.seq} kind={exchange.method} time={exchange.time}>
        {host && <span className="row-host">{host}</span>}
        <span className="row-path">
          <BreakableUrl text={path} />
        </span>
        <span className={`status status-${status.tone}`}>{status.label}</span>
        {exchange.redirectedTo && (
          <span className="row-redirect">→ {urlParts(exchange.redirectedTo, serverHost).path}</span>
        )}
        {exchange.isAsset && <span className="row-asset">asset</span>}
        {exchange.cookieIssues?.length ? (
          <IssueMarker count={exchange.cookieIssues.length} />
        ) : null}
      </RowHead>
      <div className="row-line">
        <span className="line-label">Cookie</span>
        {exchange.cookiePairs.map((pair, i) => (
          <CookieChip key={`s${i}`} name={pair.name} value={pair.value} />
        ))}
        {blocked.map((c, i) => (
          <CookieChip
            key={`b${i}`}
            name={c.cookie.name}
            value={c.cookie.value}
            blockedReasons={c.blockedReasons}
            context={{
              requestUrl: exchange.url,
              initiatorOrigin: exchange.initiatorOrigin ?? null,
            }}
          />
        ))}
        {exchange.cookiePairs.length === 0 && blocked.length === 0 && (
          <span className="line-note">
            {/* A failed request without headers never went out: it sent nothing, nothing was missed. */}
            {requestObserved || !done || exchange.state === 'failed'
              ? 'no cookies sent'
              : 'headers not observed'}
          </span>
        )}
      </div>
      {(exchange.setCookies.length > 0 ||
        (done && !responseObserved && exchange.state !== 'failed')) && (
        <div className="row-line">
          <span className="line-label">Set-Cookie</span>
          {exchange.setCookies.map((line, i) => (
            <SetCookieChip key={i} line={line} receivedAt={exchange.finishedAt ?? exchange.time} />
          ))}
          {exchange.setCookies.length === 0 && (
            <span className="line-note">headers not observed</span>
          )}
        </div>
      )}
      {exchange.storeChanges.length > 0 && (
        <div className="row-line">
          <span className="line-label">Store</span>
          <StoreChangeMarks changes={exchange.storeChanges} />
        </div>
      )}
    </>
  )
}

/** Chromium reported cookie issues for this exchange: the detail view explains them. */
function IssueMarker({ count }: { count: number }) {
  const label = issueMarkerLabel(count)
  return (
    <span className="row-issues" title={label}>
      <span aria-hidden="true">
        <Icon name="warning" /> {count}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  )
}

function ScriptWriteRow({ write, serverHost }: { write: ScriptWrite; serverHost: string | null }) {
  const page = write.pageUrl ? urlParts(write.pageUrl, serverHost) : null
  return (
    <>
      <RowHead seq={write.seq} kind="JS" time={write.time}>
        <span className="row-path">
          document.cookie
          {page && (
            <>
              {' '}
              on {page.host && <span className="row-host">{page.host}</span>}
              {page.path}
            </>
          )}
        </span>
      </RowHead>
      <div className="row-line">
        <span className="line-label">Store</span>
        {write.storeChanges.length > 0 ? (
          <StoreChangeMarks changes={write.storeChanges} />
        ) : (
          <span className="line-note">no change seen</span>
        )}
      </div>
    </>
  )
}

function InspectorEditRow({ edit }: { edit: InspectorEdit }) {
  return (
    <>
      <RowHead seq={edit.seq} kind="EDIT" time={edit.time}>
        <span className="row-path">You edited the store: {formatFact(edit.summary)}</span>
      </RowHead>
      {edit.storeChanges.length > 0 && (
        <div className="row-line">
          <span className="line-label">Store</span>
          <StoreChangeMarks changes={edit.storeChanges} />
        </div>
      )}
    </>
  )
}

function CaptureGapRow({ gap }: { gap: CaptureGap }) {
  return (
    <RowHead seq={gap.seq} kind="GAP" time={gap.time}>
      <span className="row-path">
        Capture paused: {formatFact(gap.reason)}.{' '}
        {gap.endedAt === null
          ? 'Requests made now are not recorded.'
          : `Resumed at ${clockTime(gap.endedAt)}; requests in between may be missing.`}
      </span>
    </RowHead>
  )
}
