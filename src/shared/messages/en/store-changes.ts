// What happened to the cookie store, in English: the timeline's small marks and the detail
// view's sentences. Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { StoreChangeMessageId } from '../message-ids'

const CAUSE = 'Completes a store-change sentence: "userID added …, {cause}."'

export const storeChangesEn = {
  'change.label.added': {
    message: 'added',
    description: 'A timeline mark before a cookie name: the store gained it.',
  },
  'change.label.changed': {
    message: 'changed',
    description: 'A timeline mark before a cookie name: its value or attributes changed.',
  },
  'change.label.removed': {
    message: 'removed',
    description: 'A timeline mark before a cookie name: it left the store.',
  },
  'change.label.expired': {
    message: 'expired',
    description: 'A timeline mark before a cookie name: its expiry passed.',
  },
  'cause.response': { message: 'by a Set-Cookie header on the response', description: CAUSE },
  'cause.script': { message: 'by a script on the page (document.cookie)', description: CAUSE },
  'cause.inspector': { message: 'by you, in the store inspector', description: CAUSE },
  'cause.expiry': { message: 'because its expiry time passed', description: CAUSE },
  'cause.browser': {
    message: 'by the browser ({detail})',
    description: `${CAUSE} {detail}: why, such as "evicted".`,
  },
  'change.added': {
    message: '{name} added with the value “{value}”, {cause}.',
    description:
      'The detail view: a cookie the store gained. {cause}: one of the cause.* messages.',
  },
  'change.changedValue': {
    message: '{name} changed from “{before}” to “{value}”, {cause}.',
    description: 'The detail view: a cookie whose value changed. {cause}: a cause.* message.',
  },
  'change.changedAttributes': {
    message: '{name} changed its attributes (value still “{value}”), {cause}.',
    description: 'The detail view: a cookie whose attributes, not its value, changed.',
  },
  'change.removed': {
    message: '{name} removed from the store, {cause}.',
    description: 'The detail view: a cookie that left the store. {cause}: a cause.* message.',
  },
  'change.expired': {
    message: '{name} expired and left the store.',
    description: 'The detail view: a cookie whose expiry passed.',
  },
  'change.expiredBy': {
    message: '{name} expired and left the store, {cause}.',
    description:
      'The detail view: a cookie expired by something, such as a Set-Cookie with a past date.',
  },
} as const satisfies Record<StoreChangeMessageId, CatalogueEntry>
