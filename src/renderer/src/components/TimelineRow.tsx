// One timeline entry as a row of the list: an HTTP exchange with its cookies both ways, or a
// script write, an inspector edit, or a gap in capture, each with a look of its own.

import { memo, useLayoutEffect, useMemo, type ReactNode, type Ref } from 'react'
import type {
  CaptureGap,
  Exchange,
  InspectorEdit,
  ScriptWrite,
  TimelineEntry,
} from '../../../shared/domain'
import { explainBlockedReason, kindOfReasons } from '../../../shared/explain/blocked-reasons'
import { issueMarkerLabel } from '../../../shared/explain/cookie-issues'
import {
  currentMessageLocale,
  formatFact,
  formatMessage,
} from '../../../shared/messages/format-message'
import {
  clockTime,
  entryLabel,
  shortenPath,
  statusOf,
  truncateValue,
  urlParts,
} from '../entry-display'
import type { FocusHeader } from '../lesson-focus'
import type { HiddenBefore } from '../stores/timeline-store'
import { markRowPainted } from '../row-paint-marks'
import { BreakableUrl } from './BreakableUrl'
import { CookieChip } from './CookieChip'
import { SetCookieChip, setCookieChipSize } from './SetCookieChip'
import { StoreChangeMarks } from './StoreChangeMarks'
import { chipWidthRem, TimelineChipLine, type SizedChip } from './TimelineChipLine'
import './TimelineRow.css'
import { Icon } from './Icon'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'
import { useLanguage } from '../app-context'
import { conjunction } from '../../../shared/messages/intl-formats'

export interface TimelineRowProps {
  entry: TimelineEntry
  index: number
  selected: boolean
  /** The tutorial server's host: URLs on it show as paths alone. */
  serverHost: string | null
  /** The name filter, lower-cased: chips of matching cookies come first (the one followed). */
  focus?: string
  /** Entries not shown right before this row, which its number skips. */
  hiddenBefore?: HiddenBefore | undefined
  onSelect(id: string): void
  rowRef?: Ref<HTMLDivElement>
  /** Where the virtual list puts the row, in pixels from its top. */
  top?: number
  /** The width of a chip line in rem (see TimelineChipLine); 0 when not known. */
  lineWidth?: number
  /** The lesson step on screen is about this row: in it, a header's line or a cookie's chips. */
  spotlight?: RowSpotlight | undefined
}

/** What a spotlight lights up in its row (lesson-focus.ts); the same object while it holds. */
export interface RowSpotlight {
  header: FocusHeader | null
  cookie: string | null
}

export function rowDomId(id: string): string {
  return `entry-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

// Memoised: an entry is immutable (a new version is a new object), so a row re-renders only when
// its entry, its place or its selection changes, not for every row added to the list.
export const TimelineRow = memo(function TimelineRow({
  entry,
  index,
  selected,
  serverHost,
  focus = '',
  hiddenBefore,
  onSelect,
  rowRef,
  top,
  lineWidth = 0,
  spotlight,
}: TimelineRowProps) {
  // Messages take the UI's language themselves; reading it here re-renders a memoised row.
  useLanguage()
  const responded = entry.kind !== 'exchange' || entry.state !== 'pending' || entry.status !== null
  useLayoutEffect(() => markRowPainted(entry.id, responded), [entry.id, responded])
  return (
    <div
      ref={rowRef}
      role="option"
      id={rowDomId(entry.id)}
      aria-selected={selected}
      aria-describedby={spotlight ? SPOTLIGHT_HINT.timeline : undefined}
      data-entry-id={entry.id}
      data-index={index}
      className={`row row-${entry.kind}${selected ? ' row-selected' : ''}${spotlight ? ` ${SPOTLIT}` : ''}`}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
      onClick={() => onSelect(entry.id)}
    >
      {hiddenBefore && <SkipNote hidden={hiddenBefore} />}
      {entry.kind === 'exchange' && (
        <ExchangeRow
          exchange={entry}
          serverHost={serverHost}
          focus={focus}
          lineWidth={lineWidth}
          spotlight={spotlight}
        />
      )}
      {entry.kind === 'script-write' && <ScriptWriteRow write={entry} serverHost={serverHost} />}
      {entry.kind === 'inspector-edit' && <InspectorEditRow edit={entry} />}
      {entry.kind === 'capture-gap' && <CaptureGapRow gap={entry} />}
    </div>
  )
})

/**
 * Row numbers are capture's, the same whatever is shown: "#3" stays the row the teacher means,
 * under any filter, and matches "changed by #3" in the inspector. Where the shown numbers skip
 * (favicons and other assets hidden by default, rows the filter hides), the row says so, and its
 * tooltip says what is hidden and how to see it.
 */
function SkipNote({ hidden }: { hidden: HiddenBefore }) {
  const count = hidden.assets + hidden.filtered
  const what = [
    hidden.assets > 0 && formatMessage('timeline.skip.assets', { count: hidden.assets }),
    hidden.filtered > 0 && formatMessage('timeline.skip.filtered', { count: hidden.filtered }),
  ].filter((part) => part !== false)
  const whatWords = conjunction(currentMessageLocale(), what)
  return (
    <div className="row-skip" title={formatMessage('timeline.skipTitle', { what: whatWords })}>
      {formatMessage('timeline.skip', {
        count,
        first: entryLabel(hidden.from),
        last: entryLabel(hidden.to),
      })}
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

/** A path as a row shows it: cut in the middle when long, whole in its tooltip. */
function RowPath({ path, url }: { path: string; url: string }) {
  const short = shortenPath(path)
  return (
    <span className="row-path" title={short === path ? undefined : url}>
      <BreakableUrl text={short} />
    </span>
  )
}

const nameMatches = (name: string, focus: string) =>
  focus !== '' && name.toLowerCase().includes(focus)

/**
 * The chips of a row's Cookie line, the ones that matter first, since a crowded line shows only
 * two lines of them before "+N more": cookies the browser held back for a problem (the row's
 * news), then the cookie the learner follows with the name filter, then cookies their own Path or
 * Domain kept from this URL (the rule at work, a lesson of its own), then the cookies sent, in
 * the order of the header. A cookie that changed shows in the row's Set-Cookie and Store lines,
 * which a burst leaves short; only the Cookie line grows with every cookie the site holds.
 */
function cookieLineChips(exchange: Exchange, focus: string, spotlit: string | null): SizedChip[] {
  const context = { requestUrl: exchange.url, initiatorOrigin: exchange.initiatorOrigin ?? null }
  const chips: Array<SizedChip & { rank: number }> = []
  const pairChars = (name: string, value: string) => name.length + 1 + truncateValue(value).length
  exchange.considered.forEach((c, i) => {
    if (c.blockedReasons.length === 0) return
    const rule = kindOfReasons(c.blockedReasons, 'request') === 'rule'
    const summary = c.blockedReasons
      .map((r) => explainBlockedReason(r, 'request', context).summary)
      .join('; ')
    const lit = c.cookie.name === spotlit
    chips.push(
      spotlitFirst(lit, {
        rank: !rule ? 0 : nameMatches(c.cookie.name, focus) ? 1 : 2,
        chars: pairChars(c.cookie.name, c.cookie.value) + 'not sent: '.length + summary.length,
        extraRem: rule ? 0 : 1.2,
        chip: (
          <CookieChip
            key={`b${i}`}
            name={c.cookie.name}
            value={c.cookie.value}
            blockedReasons={c.blockedReasons}
            context={context}
            spotlit={lit}
          />
        ),
      }),
    )
  })
  exchange.cookiePairs.forEach((pair, i) => {
    const lit = pair.name === spotlit
    chips.push(
      spotlitFirst(lit, {
        rank: nameMatches(pair.name, focus) ? 1 : 3,
        chars: pairChars(pair.name, pair.value),
        chip: <CookieChip key={`s${i}`} name={pair.name} value={pair.value} spotlit={lit} />,
      }),
    )
  })
  // Array.prototype.sort is stable: within a rank, the header's order.
  return chips.sort((a, b) => a.rank - b.rank)
}

/** Set-Cookie chips: lines refused or not stored first, then the followed cookie, then the rest. */
function setCookieLineChips(
  exchange: Exchange,
  focus: string,
  spotlit: string | null,
): SizedChip[] {
  const receivedAt = exchange.finishedAt ?? exchange.time
  return exchange.setCookies
    .map((line, i) => {
      const refused = line.outcome.status === 'blocked' || line.outcome.status === 'notStored'
      const name = line.parsed?.name ?? line.raw
      const rank = refused || line.problems.length > 0 ? 0 : nameMatches(name, focus) ? 1 : 2
      const lit = line.parsed !== null && line.parsed.name === spotlit
      return spotlitFirst(lit, {
        rank,
        ...setCookieChipSize(line, receivedAt),
        chip: <SetCookieChip key={i} line={line} receivedAt={receivedAt} spotlit={lit} />,
      })
    })
    .sort((a, b) => a.rank - b.rank)
}

// Presenter draws a lit chip in larger type (TimelineRow.css): its estimate grows to match.
const SPOTLIT_CHIP_SCALE = 1.2

/**
 * The chip of the cookie a lesson step is about goes first, before everything a crowded line
 * would otherwise show first: "+N more" must never hide what the room is told to look at.
 */
function spotlitFirst<C extends SizedChip & { rank: number }>(lit: boolean, chip: C): C {
  if (!lit) return chip
  const extraRem = chipWidthRem(chip) * (SPOTLIT_CHIP_SCALE - 1) + (chip.extraRem ?? 0)
  return { ...chip, rank: -1, extraRem }
}

function ExchangeRow({
  exchange,
  serverHost,
  focus,
  lineWidth,
  spotlight,
}: {
  exchange: Exchange
  serverHost: string | null
  focus: string
  lineWidth: number
  spotlight: RowSpotlight | undefined
}) {
  const { host, path } = urlParts(exchange.url, serverHost)
  const status = statusOf(exchange)
  const requestObserved = exchange.requestHeaders !== null
  const responseObserved = exchange.responseHeaders !== null
  const done = exchange.state !== 'pending'
  const spotlitCookie = spotlight?.cookie ?? null
  const cookieChips = useMemo(
    () => cookieLineChips(exchange, focus, spotlitCookie),
    [exchange, focus, spotlitCookie],
  )
  const setChips = useMemo(
    () => setCookieLineChips(exchange, focus, spotlitCookie),
    [exchange, focus, spotlitCookie],
  )
  const header = spotlight?.header ?? null
  return (
    <>
      <RowHead
        seq={exchange.seq}
        kind={exchange.method || formatMessage('timeline.methodUnseen', undefined)}
        time={exchange.time}
      >
        {host && <span className="row-host">{host}</span>}
        {exchange.url === '' ? (
          <span className="row-path row-path-unseen">
            {formatMessage('timeline.urlUnseen', undefined)}
          </span>
        ) : (
          <RowPath path={path} url={exchange.url} />
        )}
        <span className={`status status-${status.tone}`}>{status.label}</span>
        {exchange.redirectedTo && (
          <span className="row-redirect" title={exchange.redirectedTo}>
            → {shortenPath(urlParts(exchange.redirectedTo, serverHost).path)}
          </span>
        )}
        {exchange.isAsset && (
          <span className="row-asset">{formatMessage('ui.timeline.asset', undefined)}</span>
        )}
        {exchange.cookieIssues?.length ? (
          <IssueMarker count={exchange.cookieIssues.length} />
        ) : null}
      </RowHead>
      <TimelineChipLine
        label="Cookie"
        chips={cookieChips}
        width={lineWidth}
        spotlit={header === 'Cookie'}
        empty={
          <span className="line-note">
            {/* A failed request without headers never went out: it sent nothing, nothing was missed. */}
            {requestObserved || !done || exchange.state === 'failed'
              ? formatMessage('ui.timeline.noCookiesSent', undefined)
              : formatMessage('ui.timeline.headersUnseen', undefined)}
          </span>
        }
      />
      {(exchange.setCookies.length > 0 ||
        (done && !responseObserved && exchange.state !== 'failed')) && (
        <TimelineChipLine
          label="Set-Cookie"
          chips={setChips}
          width={lineWidth}
          spotlit={header === 'Set-Cookie'}
          empty={
            <span className="line-note">
              {formatMessage('ui.timeline.headersUnseen', undefined)}
            </span>
          }
        />
      )}
      {exchange.storeChanges.length > 0 && (
        <div className="row-line">
          <span className="line-label">{formatMessage('ui.timeline.storeLine', undefined)}</span>
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
              {formatMessage('ui.timeline.scriptOn', undefined)}{' '}
              {page.host && <span className="row-host">{page.host}</span>}
              {shortenPath(page.path)}
            </>
          )}
        </span>
      </RowHead>
      <div className="row-line">
        <span className="line-label">{formatMessage('ui.timeline.storeLine', undefined)}</span>
        {write.storeChanges.length > 0 ? (
          <StoreChangeMarks changes={write.storeChanges} />
        ) : (
          <span className="line-note">{formatMessage('ui.timeline.noChange', undefined)}</span>
        )}
      </div>
    </>
  )
}

function InspectorEditRow({ edit }: { edit: InspectorEdit }) {
  return (
    <>
      <RowHead
        seq={edit.seq}
        kind={formatMessage('ui.timeline.kind.edit', undefined)}
        time={edit.time}
      >
        <span className="row-path">
          {formatMessage('ui.timeline.youEdited', { summary: formatFact(edit.summary) })}
        </span>
      </RowHead>
      {edit.storeChanges.length > 0 && (
        <div className="row-line">
          <span className="line-label">{formatMessage('ui.timeline.storeLine', undefined)}</span>
          <StoreChangeMarks changes={edit.storeChanges} />
        </div>
      )}
    </>
  )
}

function CaptureGapRow({ gap }: { gap: CaptureGap }) {
  return (
    <RowHead seq={gap.seq} kind={formatMessage('ui.timeline.kind.gap', undefined)} time={gap.time}>
      <span className="row-path">
        {formatMessage('ui.timeline.gap', {
          reason: formatFact(gap.reason),
          ended: gap.endedAt === null ? 'no' : 'yes',
          time: gap.endedAt === null ? '' : clockTime(gap.endedAt),
        })}
      </span>
    </RowHead>
  )
}
