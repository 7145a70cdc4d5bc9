// One Set-Cookie line of a response: `name=value` with a badge per attribute, and what the
// browser did with it: stored (and where the store holds something else than the line asked,
// what), blocked with the reason in plain words, or missing from the store with a cause that
// capture inferred, marked as such.

import type { ParsedSetCookie, SetCookieLine } from '../../../shared/domain'
import { explainBlockedReason } from '../../../shared/explain/blocked-reasons'
import { formatCountdown } from '../../../shared/explain/durations'
import type { HeldDifference, InferredNotStored } from '../../../shared/messages/facts'
import { formatFact, formatMessage } from '../../../shared/messages/format-message'
import { truncateValue } from '../entry-display'
import './CookieChip.css'
import { Icon } from './Icon'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'

/** The attribute badges of a parsed line, in the order Werkzeug writes them. */
export function setCookieBadges(parsed: ParsedSetCookie, receivedAt: number): string[] {
  const badges: string[] = []
  if (parsed.domain !== undefined) badges.push(`Domain=${parsed.domain.replace(/^\./, '')}`)
  if (parsed.maxAge !== undefined) {
    badges.push(
      parsed.maxAge <= 0
        ? formatMessage('ui.badge.delete', { attribute: `Max-Age=${parsed.maxAge}` })
        : `Max-Age=${parsed.maxAge}`,
    )
  } else if (parsed.expires !== undefined) {
    if (parsed.expiresAt === undefined) {
      badges.push(formatMessage('ui.badge.expiresUnreadable', undefined))
    } else if (parsed.expiresAt <= receivedAt) {
      badges.push(formatMessage('ui.badge.expiresPast', undefined))
    } else {
      const time = formatCountdown((parsed.expiresAt - receivedAt) / 1000)
      badges.push(formatMessage('ui.badge.expiresIn', { time }))
    }
  }
  if (parsed.secure) badges.push('Secure')
  if (parsed.httpOnly) badges.push('HttpOnly')
  if (parsed.path !== undefined) badges.push(`Path=${parsed.path}`)
  if (parsed.sameSite !== null) badges.push(`SameSite=${parsed.sameSite}`)
  if (parsed.partitioned) badges.push('Partitioned')
  return badges
}

export interface SetCookieChipProps {
  line: SetCookieLine
  receivedAt: number
  /** The lesson step on screen is about this line's cookie (the spotlight). */
  spotlit?: boolean
}

/** A few words on the chip for one way the stored cookie differs from its line. */
export function heldBadge(difference: HeldDifference): string {
  switch (difference.code) {
    case 'heldExpiryCapped':
      return formatMessage('verdict.capped', difference.params)
    case 'heldValueCut':
    case 'heldValueDiffers':
      return formatMessage('verdict.storedAs', { value: truncateValue(difference.params.held) })
    case 'heldHostOnly':
      return formatMessage('verdict.storedHostOnly', undefined)
    case 'heldDomainNormalised':
      return formatMessage('verdict.storedFor', { domain: difference.params.held })
  }
}

/** The inferred cause in a few words, for the chip. */
export function inferredCauseBadge(cause: InferredNotStored): string {
  return cause.code === 'inferredPrefixRules'
    ? formatMessage('verdict.cause.inferredPrefixRules', cause.params)
    : formatMessage(`verdict.cause.${cause.code}`, undefined)
}

/**
 * The text on a line's chip, roughly, for the timeline's estimate of its width: name=value, the
 * badges (each with its own padding), and a verdict's few words.
 */
export function setCookieChipSize(
  line: SetCookieLine,
  receivedAt: number,
): { chars: number; extraRem: number } {
  const { parsed, outcome } = line
  const badges = parsed ? setCookieBadges(parsed, receivedAt) : []
  const pair = parsed
    ? parsed.name.length + 1 + truncateValue(parsed.value).length
    : truncateValue(line.raw, 40).length
  // The words of a verdict or a problem: about a short sentence.
  const verdict = outcome.status === 'stored' && !outcome.held && !outcome.replacedBy ? 0 : 40
  const problem = line.problems.length > 0 ? 40 : 0
  return {
    chars: pair + badges.reduce((sum, badge) => sum + badge.length + 1, 0) + verdict + problem,
    extraRem: badges.length * 0.7 + (outcome.status === 'blocked' ? 1.2 : 0),
  }
}

export function SetCookieChip({ line, receivedAt, spotlit = false }: SetCookieChipProps) {
  const { parsed, outcome } = line
  const notStored = outcome.status === 'notStored'
  const blocked = outcome.status === 'blocked' || notStored
  const className = [
    'chip',
    'chip-set',
    blocked && 'chip-blocked',
    notStored && 'chip-inferred',
    outcome.status === 'unknown' && 'chip-unknown',
    spotlit && SPOTLIT,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <span className={className} aria-describedby={spotlit ? SPOTLIGHT_HINT.timeline : undefined}>
      {blocked && (
        <span className="chip-flag">
          <Icon name="blocked" />
        </span>
      )}
      {parsed ? (
        <span className="chip-pair">
          <span className="chip-name">{parsed.name}</span>=
          <span className="chip-value">{truncateValue(parsed.value)}</span>
        </span>
      ) : (
        <span className="chip-pair chip-raw">{truncateValue(line.raw, 40)}</span>
      )}
      {parsed &&
        setCookieBadges(parsed, receivedAt).map((badge) => (
          <span key={badge} className="badge">
            {badge}
          </span>
        ))}
      {outcome.status === 'blocked' && (
        <span className="chip-reason">
          {formatMessage('ui.chip.notStoredBecause', {
            reasons: outcome.reasons
              .map(
                (r) => explainBlockedReason(r, 'response', { cookie: parsed ?? undefined }).summary,
              )
              .join('; '),
          })}
        </span>
      )}
      {outcome.status === 'notStored' && (
        <span className="chip-reason">
          {formatMessage('verdict.notStored', undefined)};{' '}
          <span className="inferred-mark">{formatMessage('verdict.inferred', undefined)}</span>:{' '}
          {inferredCauseBadge(outcome.inferred)}
        </span>
      )}
      {outcome.status === 'stored' &&
        outcome.held?.map((difference) => (
          <span key={difference.code} className="chip-held">
            {heldBadge(difference)}
          </span>
        ))}
      {outcome.status === 'stored' && outcome.replacedBy && (
        <span className="chip-reason">{formatMessage('verdict.replaced', undefined)}</span>
      )}
      {outcome.status === 'unknown' && (
        <span className="chip-reason">{formatMessage('ui.chip.unseen', undefined)}</span>
      )}
      {line.problems.length > 0 && (
        <span className="chip-problem">
          <Icon name="warning" /> {formatFact(line.problems[0]!)}
          {line.problems.length > 1 &&
            ` ${formatMessage('ui.chip.moreProblems', { count: line.problems.length - 1 })}`}
        </span>
      )}
    </span>
  )
}
