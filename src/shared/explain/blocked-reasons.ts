// Chromium's terse cookie verdicts (CDP `CookieBlockedReason` and `SetCookieBlockedReason`) in
// plain words: what the reason means and how to fix it. The timeline shows `summary` on a
// blocked chip; the detail view shows all of it. The words are the catalogue's
// (messages/en/blocked-reasons.ts); this module knows which of them a reason needs.

import { blockedReasonsEn } from '../messages/en/blocked-reasons'
import { formatMessage, type Locale } from '../messages/format-message'
import { WORDED_ON_RESPONSE, type KnownBlockedReason } from '../messages/message-ids'

/** A request's cookie that was not sent, or a response's Set-Cookie line that was not stored. */
export type CookieDirection = 'request' | 'response'

export interface BlockedReasonExplanation {
  /** The reason as the browser named it. */
  reason: string
  /** A few words for a chip: "SameSite=None without Secure". */
  summary: string
  /** One or two sentences: what happened and why. */
  meaning: string
  /** What to change so the cookie goes through. */
  fix: string
  /** false when Cookie Lab has no words for this reason yet and shows it raw. */
  known: boolean
}

// Names other tools (and older notes) use for the same verdicts.
const ALIASES: Record<string, KnownBlockedReason> = {
  PathMismatch: 'NotOnPath',
}

/** Every reason with its own words, for tests and for lessons that list them. */
export const EXPLAINED_REASONS: readonly KnownBlockedReason[] = Object.keys(blockedReasonsEn)
  .map((id) => /^blocked\.(\w+)\.summary$/.exec(id)?.[1])
  .filter((reason): reason is KnownBlockedReason => reason !== undefined)

const EXPLAINED = new Set<string>(EXPLAINED_REASONS)
const RESPONSE_WORDED = new Set<string>(WORDED_ON_RESPONSE)

/** Code the AnonymousContext fix quotes: a line of JavaScript, the same in every language. */
const WITH_CREDENTIALS = "fetch(url, { credentials: 'include' })"

function knownReason(reason: string): KnownBlockedReason | null {
  const known = ALIASES[reason] ?? reason
  return EXPLAINED.has(known) ? (known as KnownBlockedReason) : null
}

export function explainBlockedReason(
  reason: string,
  direction: CookieDirection,
  locale?: Locale,
): BlockedReasonExplanation {
  const lead = direction === 'request' ? 'blocked.lead.request' : 'blocked.lead.response'
  const known = knownReason(reason)
  if (!known) {
    const because = formatMessage('blocked.unknown.because', { reason }, locale)
    return {
      reason,
      summary: reason,
      meaning: formatMessage(lead, { because }, locale),
      fix: formatMessage('blocked.unknown.fix', { reason }, locale),
      known: false,
    }
  }
  const because =
    direction === 'response' && RESPONSE_WORDED.has(known)
      ? formatMessage(
          `blocked.${known as (typeof WORDED_ON_RESPONSE)[number]}.becauseOnResponse`,
          undefined,
          locale,
        )
      : formatMessage(`blocked.${known}.because`, undefined, locale)
  return {
    reason,
    summary: formatMessage(`blocked.${known}.summary`, undefined, locale),
    meaning: formatMessage(lead, { because }, locale),
    fix:
      known === 'AnonymousContext'
        ? formatMessage('blocked.AnonymousContext.fix', { code: WITH_CREDENTIALS }, locale)
        : formatMessage(`blocked.${known}.fix`, undefined as never, locale),
    known: true,
  }
}
