// What Chromium itself said about this exchange's cookies, beyond the blocked reasons: its cookie
// issues (Audits: warnings such as the two-minute Lax+POST allowance, and exclusions), the
// cookies an exception let through, and the partitions (CHIPS) of the cookies involved. Each
// section shows only when there is something to say.

import type { Exchange } from '../../../shared/domain'
import {
  describeExemptions,
  describePartitions,
  explainCookieIssue,
  type CookieIssueExplanation,
} from '../../../shared/explain/cookie-issues'
import { formatMessage } from '../../../shared/messages/format-message'
import './CookieIssues.css'
import { ReasonNote } from './ReasonNote'

export function CookieIssues({ exchange }: { exchange: Exchange }) {
  const issues = (exchange.cookieIssues ?? []).map((issue) => explainCookieIssue(issue, exchange))
  const exemptions = describeExemptions(exchange)
  const partitions = describePartitions(exchange)
  return (
    <>
      {issues.length > 0 && (
        <section className="detail-section cookie-issues" aria-labelledby="cookie-issues-heading">
          <h4 id="cookie-issues-heading">{formatMessage('issue.section', undefined)}</h4>
          <p className="muted">{formatMessage('issue.intro', undefined)}</p>
          <ul className="cookie-issue-list">
            {issues.map((issue, i) => (
              <CookieIssueCard key={i} issue={issue} />
            ))}
          </ul>
        </section>
      )}
      {exemptions.length > 0 && (
        <section className="detail-section">
          <h4>{formatMessage('exemption.section', undefined)}</h4>
          {exemptions.map((sentence) => (
            <p key={sentence} className="cookie-exemption">
              {sentence}
            </p>
          ))}
        </section>
      )}
      {partitions.length > 0 && (
        <section className="detail-section">
          <h4>{formatMessage('partition.section', undefined)}</h4>
          {partitions.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      )}
    </>
  )
}

function CookieIssueCard({ issue }: { issue: CookieIssueExplanation }) {
  const excluded = issue.reasons.some((reason) => reason.kind === 'exclusion')
  const cookie = issue.considered?.cookie
  return (
    <li className={excluded ? 'cookie-issue cookie-issue-excluded' : 'cookie-issue'}>
      <p className="cookie-issue-target">
        <strong>{issue.target}</strong>
        {issue.line && (
          <>
            {': '}
            <code>Set-Cookie: {issue.line.raw}</code>
          </>
        )}
        {cookie && (
          <>
            {': '}
            <code>
              {cookie.name}={cookie.value}
            </code>
          </>
        )}
      </p>
      {issue.reasons.map((reason) => (
        <ReasonNote
          key={`${reason.kind}:${reason.reason}`}
          className="cookie-issue-reason"
          lead={<span className={`issue-kind issue-kind-${reason.kind}`}>{reason.kindLabel}</span>}
          summary={reason.summary}
          {...(reason.known ? { code: reason.reason } : {})}
          meaning={reason.meaning}
          fix={reason.fix}
        />
      ))}
      {issue.insight && <p>{issue.insight}</p>}
      {issue.otherFields && <p className="muted cookie-issue-raw">{issue.otherFields}</p>}
    </li>
  )
}
