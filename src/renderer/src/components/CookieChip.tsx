// A cookie on a request: `name=value` as it went out in the Cookie header, or, when the browser
// held it back, why in a few plain words. A cookie kept from this URL by its own Path, Domain,
// port or scheme is the rule at work, shown calmly ("not for this path"); any other reason is a
// problem, shown as blocked.

import {
  explainBlockedReason,
  kindOfReasons,
  type ReasonContext,
} from '../../../shared/explain/blocked-reasons'
import { truncateValue } from '../entry-display'
import './CookieChip.css'
import { Icon } from './Icon'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'
import { formatMessage } from '../../../shared/messages/format-message'

export interface CookieChipProps {
  name: string
  value: string
  /** The browser's reasons for not sending it; absent or empty when it was sent. */
  blockedReasons?: readonly string[]
  /** The request and the page that made it, which decide what a SameSite reason means. */
  context?: ReasonContext
  /** The lesson step on screen is about this cookie (the spotlight). */
  spotlit?: boolean
}

export function CookieChip({
  name,
  value,
  blockedReasons = [],
  context,
  spotlit = false,
}: CookieChipProps) {
  const spotClass = spotlit ? ` ${SPOTLIT}` : ''
  const describedBy = spotlit ? SPOTLIGHT_HINT.timeline : undefined
  if (blockedReasons.length === 0) {
    // A cookie that was sent, the chip a burst draws by the thousand: one box and its text, laid
    // out as a line of text rather than the flex box that a flag and a reason need.
    return (
      <span className={`chip chip-plain chip-pair${spotClass}`} aria-describedby={describedBy}>
        <span className="chip-name">{name}</span>
        {`=${truncateValue(value)}`}
      </span>
    )
  }
  const scoped = kindOfReasons(blockedReasons, 'request') === 'rule'
  const summary = blockedReasons
    .map((r) => explainBlockedReason(r, 'request', context).summary)
    .join('; ')
  const className = scoped ? 'chip chip-scoped' : 'chip chip-blocked'
  return (
    <span className={className + spotClass} aria-describedby={describedBy}>
      {!scoped && (
        <span className="chip-flag">
          <Icon name="blocked" />
        </span>
      )}
      <span className="chip-pair">
        <span className="chip-name">{name}</span>=
        <span className="chip-value">{truncateValue(value)}</span>
      </span>
      {scoped && <span className="chip-reason chip-reason-scoped">{summary}</span>}
      {!scoped && (
        <span className="chip-reason">{formatMessage('ui.chip.notSent', { reason: summary })}</span>
      )}
    </span>
  )
}
