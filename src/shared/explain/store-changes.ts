// What happened to the cookie store, in words: the timeline's small marks and the detail view's
// list both read from here, so a change is named the same way everywhere.

import type { ChangeCause, ChangeType, StoreChange } from '../domain'
import { formatFact } from '../messages/format-message'

export const CHANGE_LABELS: Record<ChangeType, string> = {
  added: 'added',
  changed: 'changed',
  removed: 'removed',
  expired: 'expired',
}

export function describeCause(cause: ChangeCause): string {
  switch (cause.by) {
    case 'response':
      return 'by a Set-Cookie header on the response'
    case 'script':
      return 'by a script on the page (document.cookie)'
    case 'inspector':
      return 'by you, in the store inspector'
    case 'expiry':
      return 'because its expiry time passed'
    case 'browser':
      return `by the browser (${formatFact(cause.detail)})`
  }
}

/** "userID changed from alice to bob, by a Set-Cookie header on the response." */
export function describeStoreChange(change: StoreChange): string {
  const { name, value } = change.cookie
  const cause = describeCause(change.cause)
  switch (change.type) {
    case 'added':
      return `${name} added with the value “${value}”, ${cause}.`
    case 'changed': {
      const before = change.before
      if (before && before.value !== value) {
        return `${name} changed from “${before.value}” to “${value}”, ${cause}.`
      }
      return `${name} changed its attributes (value still “${value}”), ${cause}.`
    }
    case 'removed':
      return `${name} removed from the store, ${cause}.`
    case 'expired':
      // A Set-Cookie with a past date also "expires" a cookie: then the response is the story.
      return change.cause.by === 'expiry'
        ? `${name} expired and left the store.`
        : `${name} expired and left the store, ${cause}.`
  }
}
