// One CDP event into the journal. Never throws: a malformed event is kept as well as it can be,
// and what was odd about it is reported.

import { CAPTURE_EVENTS } from './capture-events'
import type { CdpEvent } from './cdp-connection'
import { readCookieIssue, type CookieIssueSeen } from './cookie-issues'
import { messageOf } from '../../shared/error-message'
import type { ExchangeBody, ExchangeJournal } from './exchange-journal'
import {
  readLoadingEnd,
  readRequestExtraInfo,
  readRequestSent,
  readResponseExtraInfo,
  readResponseReceived,
  requestIdOf,
  type NoteProblem,
} from './network-events'

export interface Intake {
  /** The exchanges the event added or changed. */
  changed: ExchangeBody[]
  /** A hop ended (response done, failed, or redirected): the store may have changed. */
  exchangeEnded: boolean
}

export class EventIntake {
  private unidentified = 0

  constructor(
    private readonly journal: ExchangeJournal,
    private readonly report: (source: string, message: string) => void,
  ) {}

  /** null for an event capture does not read (Electron's debugger delivers every event). */
  take(method: string, params: unknown): Intake | null {
    if (!CAPTURE_EVENTS.includes(method as CdpEvent)) return null
    const problems: string[] = []
    const note: NoteProblem = (problem) => problems.push(problem)
    if (method === 'Audits.issueAdded') {
      const changed = this.takeIssue(params, note)
      if (problems.length > 0) this.report(method, `This event was odd: ${problems.join('; ')}.`)
      return { changed, exchangeEnded: false }
    }
    const requestId = this.requestIdOf(params, note)
    const journal = this.journal
    let changed: ExchangeBody[] = []
    let exchangeEnded = false
    try {
      switch (method) {
        case 'Network.requestWillBeSent': {
          const sent = readRequestSent(params, note)
          changed = journal.requestSent(requestId, sent)
          exchangeEnded = sent.redirectResponse !== null
          break
        }
        case 'Network.requestWillBeSentExtraInfo':
          changed = journal.requestExtraInfo(requestId, readRequestExtraInfo(params, note))
          break
        case 'Network.responseReceived':
          changed = journal.responseReceived(requestId, readResponseReceived(params, note))
          break
        case 'Network.responseReceivedExtraInfo':
          changed = journal.responseExtraInfo(requestId, readResponseExtraInfo(params, note))
          break
        case 'Network.requestServedFromCache':
          changed = journal.servedFromCache(requestId)
          break
        case 'Network.loadingFinished':
        case 'Network.loadingFailed': {
          const failed = method === 'Network.loadingFailed'
          changed = journal.loadingEnded(requestId, readLoadingEnd(params), failed)
          exchangeEnded = true
          break
        }
      }
    } catch (error) {
      note(`it could not be read (${messageOf(error)}); what came before it is kept`)
    }
    if (problems.length > 0) this.report(method, `This event was odd: ${problems.join('; ')}.`)
    return { changed, exchangeEnded }
  }

  /** A cookie issue onto its exchange; one about no request is reported, with its codes. */
  private takeIssue(params: unknown, note: NoteProblem): ExchangeBody[] {
    let seen: CookieIssueSeen | null
    try {
      seen = readCookieIssue(params, note)
    } catch (error) {
      note(`it could not be read (${messageOf(error)})`)
      return []
    }
    if (seen === null) return []
    const { requestId } = seen
    if (requestId === null) {
      const { changed, placed } = this.journal.scriptCookieIssue(seen)
      if (!placed)
        this.reportUnplaced('about no request, on a page capture did not see load', [seen])
      return changed
    }
    const { changed, unplaced } = this.journal.cookieIssue({ ...seen, requestId })
    this.reportUnplaced('whose request never appeared', unplaced)
    return changed
  }

  private reportUnplaced(why: string, issues: CookieIssueSeen[]): void {
    for (const { issue } of issues) {
      const reasons = [...issue.exclusionReasons, ...issue.warningReasons].join(', ')
      const cookie = issue.cookie?.name ?? issue.rawCookieLine ?? 'a cookie'
      this.report(
        'Audits.issueAdded',
        `Chromium reported a cookie issue ${why}, so no exchange shows it: ${cookie} (${reasons || 'no reason given'}).`,
      )
    }
  }

  private requestIdOf(params: unknown, note: NoteProblem): string {
    const id = requestIdOf(params)
    if (id !== null) return id
    this.unidentified += 1
    note('it names no requestId, so it is kept as an exchange of its own')
    return `unidentified-${this.unidentified}`
  }
}
