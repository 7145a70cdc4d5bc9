// A cookie on a request: `name=value` as it went out in the Cookie header, or, when the browser
// held it back, in the blocked style with the reason in a few plain words.

import { explainBlockedReason } from '../../../shared/explain/blocked-reasons'
import { truncateValue } from '../entry-display'
import './CookieChip.css'
import { Icon } from './Icon'

export interface CookieChipProps {
  name: string
  value: string
  /** The browser's reasons for not sending it; absent or empty when it was sent. */
  blockedReasons?: readonly string[]
}

export function CookieChip({ name, value, blockedReasons = [] }: CookieChipProps) {
  const blocked = blockedReasons.length > 0
  return (
    <span className={blocked ? 'chip chip-blocked' : 'chip'}>
      {blocked && (
        <span className="chip-flag">
          <Icon name="blocked" />
        </span>
      )}
      <span className="chip-pair">
        <span className="chip-name">{name}</span>=
        <span className="chip-value">{truncateValue(value)}</span>
      </span>
      {blocked && (
        <span className="chip-reason">
          not sent:{' '}
          {blockedReasons.map((r) => explainBlockedReason(r, 'request').summary).join('; ')}
        </span>
      )}
    </span>
  )
}
