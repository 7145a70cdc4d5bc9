// A lesson's words that are not the lesson's own: the attributes a store check expects, and
// the language names of the lesson's language choice.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

export const uiLessonsEn = {
  'ui.check.notHttpOnly': {
    message: 'not HttpOnly',
    description:
      'In what a lesson check expects of a stored cookie: it must not be HttpOnly. Keep HttpOnly.',
  },
  'ui.check.notSecure': {
    message: 'not Secure',
    description: 'The same: it must not be Secure. Keep Secure.',
  },
  'ui.check.session': {
    message: 'session',
    description: 'The same: it must be a session cookie (no expiry).',
  },
  'ui.check.expiry': {
    message: 'with an expiry',
    description: 'The same: it must have an expiry.',
  },
  'ui.check.separator': {
    message: ', ',
    description:
      'Between the attributes a check expects, such as "HttpOnly, Secure". Chinese uses the ideographic comma.',
  },
} as const satisfies Record<`ui.${string}`, CatalogueEntry>
