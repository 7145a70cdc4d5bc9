// One cookie, explained: its verdict (sent, stored, or blocked and why, with the fix), the line
// as the server wrote it, then a table of every attribute with what it means in one plain
// sentence.

import type { ReactNode } from 'react'
import type { AttributeExplanation } from '../../../shared/explain/cookie-attributes'
import type { BlockedReasonExplanation } from '../../../shared/explain/blocked-reasons'
import './CookieExplanation.css'

export type Verdict = 'sent' | 'not sent' | 'stored' | 'not stored' | 'outcome not observed'

export interface CookieExplanationProps {
  title: string
  verdict: Verdict
  /** The Set-Cookie line as written, for response cookies. */
  raw?: string
  blocked: readonly BlockedReasonExplanation[]
  problems?: readonly string[]
  attributes: readonly AttributeExplanation[]
  /** What the store made of a Set-Cookie line, when it is not simply what the line asked. */
  storeNote?: ReactNode
}

export function CookieExplanation({
  title,
  verdict,
  raw,
  blocked,
  problems = [],
  attributes,
  storeNote,
}: CookieExplanationProps) {
  const isBlocked = blocked.length > 0
  return (
    <div className={isBlocked ? 'cookie-explain cookie-explain-blocked' : 'cookie-explain'}>
      <p className="cookie-explain-title">
        <code className="cookie-explain-pair">{title}</code>{' '}
        <span className={`verdict verdict-${verdict.replace(/ /g, '-')}`}>{verdict}</span>
      </p>
      {storeNote}
      {blocked.map((reason) => (
        <div key={reason.reason} className="why-blocked" role="note">
          <p>
            <strong>{reason.summary}</strong> <code className="reason-code">{reason.reason}</code>
          </p>
          <p>{reason.meaning}</p>
          <p>
            <strong>How to fix it: </strong>
            {reason.fix}
          </p>
        </div>
      ))}
      {raw !== undefined && (
        <p className="raw-line">
          <span className="raw-line-label">As sent by the server: </span>
          <code>Set-Cookie: {raw}</code>
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem} className="line-problem">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ))}
      {attributes.length > 0 && (
        <table className="attr-table">
          <caption className="visually-hidden">What each attribute of {title} means</caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {attributes.map((attribute) => (
              <tr key={attribute.attribute}>
                <th scope="row">
                  <code>{attribute.attribute}</code>
                </th>
                <td>{attribute.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
