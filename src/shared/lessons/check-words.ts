// A check and its verdict in the learner's words: the sentence of what the check expects, and
// what capture showed, from the message catalogue (`../messages/en/lesson-checks.ts`).

import { formatMessage, type Locale } from '../messages/format-message'
import type { CheckSeen } from './check-verdicts'
import type { ExchangeMatch, LessonCheck } from './lesson'

/**
 * What a check that names no status, value, domain or reason passes: the messages' select key
 * `any`, which every language's message turns into its own words (never a translated word, which
 * would miss the key and be shown as a value).
 */
const ANY = 'any'

/** "GET /getcookie", "POST www.shop.test/setcookie": the method and host only where given. */
export function requestWords(match: ExchangeMatch): string {
  return `${match.method ? `${match.method} ` : ''}${match.host ?? ''}${match.path}`
}

export function expectedWords(check: LessonCheck, locale?: Locale): string {
  switch (check.kind) {
    case 'exchange':
      return formatMessage(
        'check.expect.exchange',
        { request: requestWords(check), status: check.status?.toString() ?? ANY },
        locale,
      )
    case 'stored':
    case 'sent':
      return formatMessage(
        check.kind === 'stored' ? 'check.expect.stored' : 'check.expect.sent',
        { request: requestWords(check), cookie: check.cookie, value: check.value ?? ANY },
        locale,
      )
    case 'refused':
    case 'not-sent':
      return formatMessage(
        check.kind === 'refused' ? 'check.expect.refused' : 'check.expect.notSent',
        {
          request: requestWords(check),
          cookie: check.cookie,
          reason: check.reason ?? ANY,
        },
        locale,
      )
    case 'store-has': {
      const attributes = [
        check.httpOnly === undefined
          ? null
          : check.httpOnly
            ? 'HttpOnly'
            : formatMessage('ui.check.notHttpOnly', undefined, locale),
        check.secure === undefined
          ? null
          : check.secure
            ? 'Secure'
            : formatMessage('ui.check.notSecure', undefined, locale),
        check.sameSite === undefined ? null : `SameSite=${check.sameSite}`,
        check.session === undefined
          ? null
          : formatMessage(
              check.session ? 'ui.check.session' : 'ui.check.expiry',
              undefined,
              locale,
            ),
      ].filter((attribute) => attribute !== null)
      return formatMessage(
        'check.expect.storeHas',
        {
          cookie: check.cookie,
          value: check.value ?? ANY,
          domain: check.domain ?? ANY,
          attributes: attributes.length
            ? attributes.join(formatMessage('ui.check.separator', undefined, locale))
            : ANY,
        },
        locale,
      )
    }
    case 'store-lacks':
      return formatMessage(
        'check.expect.storeLacks',
        { cookie: check.cookie, domain: check.domain ?? ANY },
        locale,
      )
    case 'script-wrote':
      return formatMessage('check.expect.scriptWrote', { cookie: check.cookie }, locale)
  }
}

export function seenWords(seen: CheckSeen, locale?: Locale): string {
  switch (seen.code) {
    case 'answered':
      return formatMessage(
        'check.seen.answered',
        { status: seen.status === null ? 'pending' : String(seen.status) },
        locale,
      )
    case 'lineStored':
    case 'cookieSent':
      return formatMessage(`check.seen.${seen.code}`, { value: seen.value }, locale)
    case 'lineRefused':
      return formatMessage('check.seen.lineRefused', { reasons: seen.reasons.join(', ') }, locale)
    case 'cookieNotSent':
      return formatMessage(
        'check.seen.cookieNotSent',
        { reasons: seen.reasons.length ? seen.reasons.join(', ') : 'none' },
        locale,
      )
    case 'lineNotStored':
      return formatMessage('check.seen.lineNotStored', { inferred: seen.inferred }, locale)
    case 'storeHolds':
      return formatMessage(
        'check.seen.storeHolds',
        { value: seen.value, domain: seen.domain },
        locale,
      )
    default:
      return formatMessage(`check.seen.${seen.code}`, undefined, locale)
  }
}
