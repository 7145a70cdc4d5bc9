// One cookie, explained: its verdict (sent, stored, or blocked and why, with the fix), the line
// as the server wrote it, then a table of every attribute with what it means in one plain
// sentence. A cookie its own Path, Domain, port or scheme keeps from this URL is the rule at
// work: said calmly, with why, and no fix, since nothing is broken.

import type { ReactNode } from 'react'
import type { AttributeExplanation } from '../../../shared/explain/cookie-attributes'
import type { BlockedReasonExplanation } from '../../../shared/explain/blocked-reasons'
import { formatMessage } from '../../../shared/messages/format-message'
import type { MessageId } from '../../../shared/messages/message-ids'
import './CookieExplanation.css'
import { Icon } from './Icon'
import { ReasonNote } from './ReasonNote'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'

export type Verdict =
  'sent' | 'not sent' | 'not for this URL' | 'stored' | 'not stored' | 'outcome not observed'

/** Each verdict in words (the verdict itself stays a code: the stylesheet colours it). */
const VERDICT_WORDS = {
  sent: 'ui.verdict.sent',
  'not sent': 'ui.verdict.notSent',
  'not for this URL': 'ui.verdict.notForUrl',
  stored: 'ui.verdict.stored',
  'not stored': 'ui.verdict.notStored',
  'outcome not observed': 'ui.verdict.unseen',
} as const satisfies Record<Verdict, MessageId>

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
  /** The lesson step on screen is about this cookie (the spotlight). */
  spotlit?: boolean
}

export function CookieExplanation({
  title,
  verdict,
  raw,
  blocked,
  problems = [],
  attributes,
  storeNote,
  spotlit = false,
}: CookieExplanationProps) {
  const scoped = blocked.length > 0 && blocked.every((reason) => reason.kind === 'rule')
  const className = scoped
    ? 'cookie-explain cookie-explain-scoped'
    : blocked.length > 0
      ? 'cookie-explain cookie-explain-blocked'
      : 'cookie-explain'
  return (
    <div
      className={spotlit ? `${className} ${SPOTLIT}` : className}
      aria-describedby={spotlit ? SPOTLIGHT_HINT.detail : undefined}
    >
      <p className="cookie-explain-title">
        <code className="cookie-explain-pair">{title}</code>{' '}
        <span className={`verdict verdict-${verdict.replace(/ /g, '-')}`}>
          {formatMessage(VERDICT_WORDS[verdict], undefined)}
        </span>
      </p>
      {storeNote}
      {blocked.map((reason) => (
        <ReasonNote
          key={reason.reason}
          role="note"
          {...(reason.kind === 'rule'
            ? { className: 'why-scoped', meaningLabel: formatMessage('ui.explain.why', undefined) }
            : { className: 'why-blocked', fix: reason.fix })}
          summary={reason.summary}
          code={reason.reason}
          meaning={reason.meaning}
        />
      ))}
      {raw !== undefined && (
        <p className="raw-line">
          <span className="raw-line-label">{formatMessage('ui.explain.asSent', undefined)}</span>
          <code>Set-Cookie: {raw}</code>
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem} className="line-problem">
          <Icon name="warning" /> {problem}
        </p>
      ))}
      {attributes.length > 0 && (
        <table className="attr-table">
          <caption className="visually-hidden">
            {formatMessage('ui.explain.caption', { cookie: title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{formatMessage('ui.explain.attribute', undefined)}</th>
              <th scope="col">{formatMessage('ui.explain.meaning', undefined)}</th>
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
