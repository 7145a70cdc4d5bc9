// The selected row, in full: why a blocked cookie was blocked and how to fix it, each cookie
// with every attribute explained, the store changes, for a tutorial route the Flask code that
// produced the response, and the raw headers as on the wire.

import { useImperativeHandle, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react'
import type {
  CaptureGap,
  Exchange,
  InspectorEdit,
  ScriptWrite,
  SetCookieLine,
  StoreChange,
  TimelineEntry,
} from '../../../shared/domain'
import {
  explainBlockedReason,
  kindOfReasons,
  type ReasonContext,
} from '../../../shared/explain/blocked-reasons'
import { explainSetCookie, explainStoredCookie } from '../../../shared/explain/cookie-attributes'
import { describeStoreChange } from '../../../shared/explain/store-changes'
import { formatFact, formatMessage } from '../../../shared/messages/format-message'
import { netErrorNameOf } from '../../../shared/explain/net-errors'
import { explainBrowserStarted } from '../../../shared/explain/request-start'
import { useApp, useStore } from '../app-context'
import { clockTime, entryLabel, statusOf, urlParts } from '../entry-display'
import type { ImportedFile } from '../stores/har-store'
import { hostOfUrl } from '../stores/session-store'
import { routeSummary, routeTitle } from '../../../shared/tutorial-routes'
import { tutorialCodeFor } from '../tutorial-code'
import { useSpotlitExchange } from '../use-spotlight-target'
import { BreakableUrl } from './BreakableUrl'
import { CookieExplanation } from './CookieExplanation'
import { CookieIssues } from './CookieIssues'
import { byteCount, HeaderBlock } from './HeaderBlock'
import { SPOTLIGHT_HINT, SpotlightHint, useScrollToSpotlit } from './Spotlight'
import type { RowSpotlight } from './TimelineRow'
import './TimelineRow.css'
import './StoreChangeMarks.css'
import './DetailView.css'
import { RichMessage } from './RichMessage'

/** What the timeline may do with the detail: Enter on a row moves the keyboard here. */
export interface DetailHandle {
  focus(): void
}

export interface DetailViewProps {
  ref?: Ref<DetailHandle>
  /** Escape: hand the keyboard back to the timeline, where Enter brought it from. */
  onClose(): void
}

export function DetailView({ ref, onClose }: DetailViewProps) {
  const { stores } = useApp()
  const { selectedId } = useStore(stores.timeline)
  const session = useStore(stores.session)
  // A row of an imported HAR file: what the file does not hold is said, never made up.
  const { imported } = useStore(stores.har)
  const entry = selectedId === null ? undefined : stores.timeline.get(selectedId)
  const scrollRef = useRef<HTMLDivElement>(null)
  useImperativeHandle(ref, () => ({ focus: () => scrollRef.current?.focus() }), [])
  // A new selection starts at its top, not where the last one was scrolled to.
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0
  }, [selectedId])
  // The lesson step's header or cookie, when this is the step's row: brought into view.
  const spotlightShown = useStore(stores.spotlight)
  const target = useSpotlitExchange()
  const spotlight =
    target?.on === 'exchange' && entry !== undefined && target.entryId === entry.id
      ? { header: target.header, cookie: target.cookie }
      : null
  useScrollToSpotlit(
    scrollRef,
    spotlight && [spotlightShown?.focus, spotlightShown?.sinceSeq, entry?.id],
  )
  return (
    <section
      className="panel detail-panel"
      aria-labelledby="detail-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className="panel-header">
        <h2 id="detail-heading">{formatMessage('ui.detail.heading', undefined)}</h2>
      </div>
      {/* Focusable so the keyboard can scroll it: Enter in the timeline lands here. A keyboard
          stop needs a role and a name, or a screen reader lands on it in silence. */}
      <div
        ref={scrollRef}
        className="panel-scroll"
        tabIndex={0}
        role="group"
        aria-label={formatMessage('ui.detail.scroll', undefined)}
      >
        {spotlight && <SpotlightHint id={SPOTLIGHT_HINT.detail} />}
        {entry ? (
          <EntryDetail
            entry={entry}
            serverUrl={session.serverUrl}
            spotlight={spotlight}
            imported={imported}
          />
        ) : (
          <div className="empty-state">
            <p className="empty-title">{formatMessage('ui.detail.empty', undefined)}</p>
            <p>{formatMessage('ui.detail.emptyWhat', undefined)}</p>
            <p>
              <RichMessage id="ui.detail.emptyKeys" params={undefined} />
            </p>
          </div>
        )}
      </div>
    </section>
  )
}

function EntryDetail({
  entry,
  serverUrl,
  spotlight,
  imported,
}: {
  entry: TimelineEntry
  serverUrl: string | null
  spotlight: RowSpotlight | null
  imported: ImportedFile | null
}) {
  switch (entry.kind) {
    case 'exchange':
      return (
        <ExchangeDetail
          exchange={entry}
          serverUrl={serverUrl}
          spotlight={spotlight}
          imported={imported}
        />
      )
    case 'script-write':
      return <ScriptWriteDetail write={entry} />
    case 'inspector-edit':
      return <InspectorEditDetail edit={entry} />
    case 'capture-gap':
      return <CaptureGapDetail gap={entry} />
  }
}

function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="detail-section">
      <h4>{title}</h4>
      {children}
    </div>
  )
}

function ExchangeDetail({
  exchange,
  serverUrl,
  spotlight,
  imported,
}: {
  exchange: Exchange
  serverUrl: string | null
  /** What the lesson step on screen lights up in this exchange, if it is the step's. */
  spotlight: RowSpotlight | null
  /** The HAR file this exchange was imported from; null for the live session's. */
  imported: ImportedFile | null
}) {
  const { host, path } = urlParts(exchange.url, hostOfUrl(serverUrl))
  const status = statusOf(exchange)
  // A file's server need not be this one, even at the same address: its code is not claimed.
  const code = imported ? null : tutorialCodeFor(exchange, serverUrl)
  const receivedAt = exchange.finishedAt ?? exchange.time
  const sentConsidered = exchange.considered.filter((c) => c.blockedReasons.length === 0)
  const heldBack = exchange.considered.filter((c) => c.blockedReasons.length > 0)
  // A cookie its own Path or Domain keeps from this URL is the rule at work, not a block to fix.
  const scopedConsidered = heldBack.filter(
    (c) => kindOfReasons(c.blockedReasons, 'request') === 'rule',
  )
  const blockedConsidered = heldBack.filter((c) => !scopedConsidered.includes(c))
  const siteContext: ReasonContext = {
    requestUrl: exchange.url,
    initiatorOrigin: exchange.initiatorOrigin ?? null,
  }
  // Pairs on the wire that the browser reported no cookie for (it does not always say).
  const unexplainedPairs = exchange.cookiePairs.filter(
    (pair) => !sentConsidered.some((c) => c.cookie.name === pair.name),
  )
  const blockedLines = exchange.setCookies.filter((line) => line.outcome.status === 'blocked')
  const otherLines = exchange.setCookies.filter((line) => line.outcome.status !== 'blocked')
  const requestObserved = exchange.requestHeaders !== null
  // Why a live request went without cookies is known; a file's is not (said apart, below).
  const liveRequest = requestObserved && !imported
  const responseObserved = exchange.responseHeaders !== null
  // A failed request without request headers never went out: nothing to observe, not missed.
  const neverSent = exchange.state === 'failed' && !requestObserved
  const litCookie = spotlight?.cookie ?? null
  const setCookieDetail = (line: SetCookieLine, i: number) => (
    <SetCookieExplanation
      key={i}
      spotlit={line.parsed !== null && line.parsed.name === litCookie}
      line={line}
      exchangeId={exchange.id}
      url={exchange.url}
      receivedAt={receivedAt}
      context={siteContext}
    />
  )
  // What matters first: a refused cookie and its fix, then the cookies that went through, what
  // the store did with them and the code behind it; the headers as on the wire come last, whole.
  return (
    <article
      className="detail"
      data-spotlight={spotlight && (spotlight.header || spotlight.cookie) ? 'on' : undefined}
    >
      <h3 className="detail-title">
        <span className="row-seq">{entryLabel(exchange.seq)}</span>{' '}
        {exchange.method || formatMessage('timeline.methodUnseen', undefined)}{' '}
        {host && <span className="row-host">{host}</span>}
        <span className="detail-path">
          {exchange.url === '' ? (
            <span className="row-path-unseen">
              {formatMessage('timeline.urlUnseen', undefined)}
            </span>
          ) : (
            <BreakableUrl text={path} />
          )}
        </span>{' '}
        <span className={`status status-${status.tone}`}>{status.label}</span>
      </h3>
      {imported && (
        <p className="har-detail-note" role="note">
          {formatMessage('har.detail.imported', { fileName: imported.fileName })}
        </p>
      )}
      {code && (
        <p className="route-summary">
          <strong>{routeTitle(code.route)}</strong>
          <br />
          {routeSummary(code.route)}{' '}
          <span className="muted">
            {formatMessage('ui.detail.seed', { seed: code.route.seed })}
          </span>
        </p>
      )}
      {exchange.urlCutBytes ? (
        <p className="muted">
          {formatMessage('ui.detail.urlCut', { bytes: byteCount(exchange.urlCutBytes) })}
        </p>
      ) : null}
      {exchange.redirectedTo && (
        <p>
          <RichMessage id="ui.detail.redirected" params={{ url: exchange.redirectedTo }} />
        </p>
      )}
      {exchange.state === 'failed' && <FailureNote exchange={exchange} neverSent={neverSent} />}

      {(blockedConsidered.length > 0 || blockedLines.length > 0) && (
        <DetailSection title={formatMessage('ui.detail.section.blocked', undefined)}>
          {blockedConsidered.map((c, i) => (
            <CookieExplanation
              key={`blocked${i}`}
              spotlit={c.cookie.name === litCookie}
              title={`${c.cookie.name}=${c.cookie.value}`}
              verdict="not sent"
              blocked={c.blockedReasons.map((r) => explainBlockedReason(r, 'request', siteContext))}
              attributes={explainStoredCookie(c.cookie, exchange.time)}
            />
          ))}
          {blockedLines.map(setCookieDetail)}
        </DetailSection>
      )}

      <CookieIssues exchange={exchange} />
      {scopedConsidered.length > 0 && (
        <DetailSection title={formatMessage('ui.detail.section.scoped', undefined)}>
          {scopedConsidered.map((c, i) => (
            <CookieExplanation
              key={`scoped${i}`}
              spotlit={c.cookie.name === litCookie}
              title={`${c.cookie.name}=${c.cookie.value}`}
              verdict="not for this URL"
              blocked={c.blockedReasons.map((r) => explainBlockedReason(r, 'request', siteContext))}
              attributes={explainStoredCookie(c.cookie, exchange.time)}
            />
          ))}
        </DetailSection>
      )}

      <BrowserStartedNote exchange={exchange} />

      <DetailSection title={formatMessage('ui.detail.section.request', undefined)}>
        {exchange.cookiePairs.length === 0 && requestObserved && imported && (
          <p>{formatMessage('har.detail.noCookieHeader', undefined)}</p>
        )}
        {exchange.cookiePairs.length === 0 && sentConsidered.length === 0 && liveRequest && (
          <p>
            <RichMessage
              id="ui.detail.noCookieHeader"
              params={{
                why:
                  blockedConsidered.length > 0
                    ? 'blocked'
                    : scopedConsidered.length > 0
                      ? 'scoped'
                      : 'none',
              }}
            />
          </p>
        )}
        {sentConsidered.map((c, i) => (
          <CookieExplanation
            key={`sent${i}`}
            spotlit={c.cookie.name === litCookie}
            title={`${c.cookie.name}=${c.cookie.value}`}
            verdict="sent"
            blocked={[]}
            attributes={explainStoredCookie(c.cookie, exchange.time)}
          />
        ))}
        {unexplainedPairs.map((pair, i) => (
          <CookieExplanation
            key={`pair${i}`}
            spotlit={pair.name === litCookie}
            title={`${pair.name}=${pair.value}`}
            verdict="sent"
            blocked={[]}
            attributes={[]}
          />
        ))}
        {!requestObserved && exchange.cookiePairs.length === 0 && (
          <p>
            {neverSent
              ? formatMessage('ui.detail.neverSent', undefined)
              : formatMessage('ui.detail.requestUnseen', undefined)}
          </p>
        )}
      </DetailSection>

      <DetailSection title={formatMessage('ui.detail.section.response', undefined)}>
        {exchange.state === 'pending' && <p>{formatMessage('ui.detail.waiting', undefined)}</p>}
        {exchange.setCookies.length === 0 && responseObserved && (
          <p>
            <RichMessage id="ui.detail.noSetCookie" params={undefined} />
          </p>
        )}
        {otherLines.length === 0 && blockedLines.length > 0 && (
          <p>{formatMessage('ui.detail.allRefused', undefined)}</p>
        )}
        {otherLines.map(setCookieDetail)}
        {exchange.state !== 'pending' && !responseObserved && (
          <p>
            {exchange.state === 'failed'
              ? formatMessage('ui.detail.noResponse', undefined)
              : formatMessage('ui.detail.responseUnseen', undefined)}
          </p>
        )}
      </DetailSection>

      {imported ? (
        <DetailSection title={formatMessage('ui.detail.section.changes', undefined)}>
          <p>{formatMessage('har.detail.noStore', undefined)}</p>
        </DetailSection>
      ) : (
        <StoreChangeList changes={exchange.storeChanges} />
      )}

      {code && (
        <DetailSection title={formatMessage('ui.detail.section.flask', undefined)}>
          {code.call && (
            <>
              <p>{formatMessage('ui.detail.queryCall', undefined)}</p>
              <pre className="code">
                <code>{code.call}</code>
              </pre>
              <p>{formatMessage('ui.detail.insideView', undefined)}</p>
            </>
          )}
          <pre className="code">
            <code>{code.route.flask}</code>
          </pre>
        </DetailSection>
      )}

      {/* Open to start with; a teacher who folds it away keeps it folded from row to row. */}
      <details className="detail-section wire-headers" open>
        <summary>{formatMessage('ui.detail.wire', undefined)}</summary>
        {exchange.headersReleasedBytes ? (
          <p className="not-observed">
            {formatMessage('ui.detail.released', {
              bytes: byteCount(exchange.headersReleasedBytes),
            })}
          </p>
        ) : (
          <HeaderBlock
            label={formatMessage('ui.detail.requestHeaders', undefined)}
            lines={exchange.requestHeaders}
            highlight="cookie"
            spotlit={spotlight?.header === 'Cookie'}
            missing={neverSent ? formatMessage('ui.detail.neverSentHeaders', undefined) : undefined}
          />
        )}
        {exchange.state !== 'pending' && !exchange.headersReleasedBytes && (
          <HeaderBlock
            label={formatMessage('ui.detail.responseHeaders', undefined)}
            lines={exchange.responseHeaders}
            highlight="set-cookie"
            spotlit={spotlight?.header === 'Set-Cookie'}
            missing={
              exchange.state === 'failed'
                ? formatMessage('ui.detail.noResponseHeaders', undefined)
                : undefined
            }
          />
        )}
      </details>
    </article>
  )
}

/**
 * A request the browser started itself (`Sec-Fetch-Site: none`): an address typed, a reload, a
 * bookmark. Open when a SameSite cookie went only because of it, which surprises after a page of
 * another site (explain/request-start.ts); otherwise folded to its title, as nearly every address
 * typed is such a navigation. Nothing for a request a page started.
 */
function BrowserStartedNote({ exchange }: { exchange: Exchange }) {
  const note = explainBrowserStarted(exchange)
  if (!note) return null
  const evidence = <p className="muted">{note.evidence}</p>
  return (
    <div className="browser-started-note" role="note" aria-label={note.title}>
      {note.sentBecause ? (
        <>
          <p>
            <strong>{note.title}.</strong> {note.because}
          </p>
          <p>{note.sentBecause}</p>
          {evidence}
        </>
      ) : (
        <details>
          <summary>{note.title}</summary>
          <p>{note.because}</p>
          {evidence}
        </details>
      )}
    </div>
  )
}

/** Why a request failed, in words, with the browser's error name kept in small print. */
function FailureNote({ exchange, neverSent }: { exchange: Exchange; neverSent: boolean }) {
  const failure = exchange.failure
  const errorText = failure?.code === 'browserError' ? failure.params.errorText : null
  const name = errorText === null ? null : netErrorNameOf(errorText)
  const retries = exchange.browserRetries ?? 0
  return (
    <div className="failure-note" role="note">
      <p>
        <strong>{formatMessage('ui.detail.failed', undefined)}</strong>
        {name
          ? `${formatFact({ code: 'netError', params: { name } })}.`
          : failure
            ? formatFact(failure)
            : formatFact({ code: 'requestFailed' })}{' '}
        {errorText && <small className="muted">{errorText}</small>}
      </p>
      {neverSent && <p>{formatMessage('ui.detail.neverReached', undefined)}</p>}
      {retries > 0 && <p>{formatMessage('ui.detail.retries', { count: retries })}</p>}
    </div>
  )
}

function SetCookieExplanation({
  line,
  exchangeId,
  url,
  receivedAt,
  context,
  spotlit,
}: {
  line: SetCookieLine
  exchangeId: string
  url: string
  receivedAt: number
  context: ReasonContext
  spotlit: boolean
}) {
  const { outcome } = line
  return (
    <CookieExplanation
      spotlit={spotlit}
      title={line.parsed ? `${line.parsed.name}=${line.parsed.value}` : line.raw}
      verdict={
        outcome.status === 'stored'
          ? 'stored'
          : outcome.status === 'blocked' || outcome.status === 'notStored'
            ? 'not stored'
            : 'outcome not observed'
      }
      storeNote={<StoreVerdictNote line={line} exchangeId={exchangeId} />}
      raw={line.raw}
      blocked={
        outcome.status === 'blocked'
          ? outcome.reasons.map((r) =>
              explainBlockedReason(r, 'response', { ...context, cookie: line.parsed ?? undefined }),
            )
          : []
      }
      problems={line.problems.map((problem) => formatFact(problem))}
      attributes={line.parsed ? explainSetCookie(line.parsed, { url, receivedAt }) : []}
    />
  )
}

/**
 * What the store made of the line, checked after the response: a cause the browser did not
 * give (marked inferred), what the store holds where it differs from the line (both sides), or
 * a later line that replaced it. Nothing when the store holds just what the line asked.
 */
function StoreVerdictNote({ line, exchangeId }: { line: SetCookieLine; exchangeId: string }) {
  const { outcome } = line
  if (outcome.status === 'notStored') {
    return (
      <div className="why-inferred" role="note">
        <p>
          <strong>
            {formatMessage('verdict.inferredTitle', { name: line.parsed?.name ?? '' })}
          </strong>
        </p>
        <p>
          <span className="inferred-mark">{formatMessage('verdict.inferred', undefined)}</span>{' '}
          {formatMessage('verdict.inferredLead', undefined)} {formatFact(outcome.inferred)}
        </p>
      </div>
    )
  }
  if (outcome.status !== 'stored') return null
  if (outcome.replacedBy) {
    const where = outcome.replacedBy === exchangeId ? 'here' : 'later'
    return <p className="held-note">{formatMessage('verdict.replacedDetail', { where })}</p>
  }
  if (!outcome.held?.length) return null
  return (
    <div className="held-note" role="note">
      <p>{formatMessage('verdict.heldTitle', undefined)}</p>
      <ul>
        {outcome.held.map((difference) => (
          <li key={difference.code}>{formatFact(difference)}</li>
        ))}
      </ul>
    </div>
  )
}

function StoreChangeList({ changes }: { changes: readonly StoreChange[] }) {
  return (
    <DetailSection title={formatMessage('ui.detail.section.changes', undefined)}>
      {changes.length === 0 ? (
        <p>{formatMessage('ui.detail.unchanged', undefined)}</p>
      ) : (
        <ul className="change-list">
          {changes.map((change, i) => (
            <li key={i} className={`mark-${change.type}`}>
              {describeStoreChange(change)}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  )
}

function ChangedCookies({ changes, at }: { changes: readonly StoreChange[]; at: number }) {
  return (
    <>
      {changes
        .filter((change) => change.type === 'added' || change.type === 'changed')
        .map((change, i) => (
          <CookieExplanation
            key={i}
            title={`${change.cookie.name}=${change.cookie.value}`}
            verdict="stored"
            blocked={[]}
            attributes={explainStoredCookie(change.cookie, at)}
          />
        ))}
    </>
  )
}

function ScriptWriteDetail({ write }: { write: ScriptWrite }) {
  return (
    <article className="detail">
      <h3 className="detail-title">
        <span className="row-seq">{entryLabel(write.seq)}</span>{' '}
        {formatMessage('ui.detail.scriptTitle', undefined)}
      </h3>
      <p>
        <RichMessage
          id="ui.detail.scriptWhat"
          params={{ page: write.pageUrl || 'none', time: clockTime(write.time) }}
        />
      </p>
      <StoreChangeList changes={write.storeChanges} />
      <ChangedCookies changes={write.storeChanges} at={write.time} />
    </article>
  )
}

function InspectorEditDetail({ edit }: { edit: InspectorEdit }) {
  return (
    <article className="detail">
      <h3 className="detail-title">
        <span className="row-seq">{entryLabel(edit.seq)}</span>{' '}
        {formatMessage('ui.detail.editTitle', undefined)}
      </h3>
      <p>{formatMessage('ui.detail.editWhat', { summary: formatFact(edit.summary) })}</p>
      <StoreChangeList changes={edit.storeChanges} />
      <ChangedCookies changes={edit.storeChanges} at={edit.time} />
    </article>
  )
}

function CaptureGapDetail({ gap }: { gap: CaptureGap }) {
  return (
    <article className="detail">
      <h3 className="detail-title">
        <span className="row-seq">{entryLabel(gap.seq)}</span>{' '}
        {formatMessage('ui.detail.gapTitle', undefined)}
      </h3>
      <p>
        {formatMessage('ui.detail.gapWhat', {
          from: clockTime(gap.time),
          to: gap.endedAt === null ? '' : clockTime(gap.endedAt),
          ended: gap.endedAt === null ? 'no' : 'yes',
          reason: formatFact(gap.reason),
        })}
      </p>
    </article>
  )
}
