// What happened to the cookie store, in words: the timeline's small marks and the detail view's
// list both read from here, so a change is named the same way everywhere. The words are the
// catalogue's (messages/en/store-changes.ts); this module knows which sentence a change needs.

import type { ChangeCause, ChangeType, StoreChange } from '../domain'
import { formatFact, formatMessage, type Locale } from '../messages/format-message'

/** The timeline mark for a change: "added", "removed", ... */
export function changeLabel(type: ChangeType, locale?: Locale): string {
  return formatMessage(`change.label.${type}`, undefined, locale)
}

export function describeCause(cause: ChangeCause, locale?: Locale): string {
  if (cause.by === 'browser') {
    return formatMessage('cause.browser', { detail: formatFact(cause.detail, locale) }, locale)
  }
  return formatMessage(`cause.${cause.by}`, undefined, locale)
}

/** "userID changed from alice to bob, by a Set-Cookie header on the response." */
export function describeStoreChange(change: StoreChange, locale?: Locale): string {
  const { name, value } = change.cookie
  const cause = describeCause(change.cause, locale)
  switch (change.type) {
    case 'added':
      return formatMessage('change.added', { name, value, cause }, locale)
    case 'changed': {
      const before = change.before
      if (before && before.value !== value) {
        return formatMessage(
          'change.changedValue',
          { name, before: before.value, value, cause },
          locale,
        )
      }
      return formatMessage('change.changedAttributes', { name, value, cause }, locale)
    }
    case 'removed':
      return formatMessage('change.removed', { name, cause }, locale)
    case 'expired':
      // A Set-Cookie with a past date also "expires" a cookie: then the response is the story.
      return change.cause.by === 'expiry'
        ? formatMessage('change.expired', { name }, locale)
        : formatMessage('change.expiredBy', { name, cause }, locale)
  }
}
