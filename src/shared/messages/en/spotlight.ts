// The spotlight's words: what a lesson step is about, told to a screen reader on the thing lit
// up, and said calmly while that thing has not happened yet. Part of the one English catalogue
// (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { SpotlightMessageId } from '../message-ids'

const WAITING =
  'A note above the timeline while a lesson step is about a request that has not been made since the step began (the step has not run, or the learner has not acted yet). {request}: the method and path, such as "GET /getcookie".'

export const spotlightEn = {
  'spotlight.hint': {
    message: 'The step is about this',
    description:
      'Read by a screen reader on the row, header, cookie or store entry that the lesson step on screen highlights.',
  },
  'spotlight.waiting.row': {
    message: 'The step is about the request to {request}: waiting for it.',
    description: WAITING,
  },
  'spotlight.waiting.header': {
    message:
      'The step is about the {header} header of the request to {request}: waiting for the request.',
    description: `${WAITING} {header}: "Cookie" or "Set-Cookie", a header name, not translated.`,
  },
  'spotlight.waiting.cookie': {
    message:
      'The step is about the cookie {cookie} on the request to {request}: waiting for the request.',
    description: `${WAITING} {cookie}: a cookie name.`,
  },
  'spotlight.store.absent': {
    message:
      'The step is about the cookie {cookie}{domain, select, any {} other { on {domain}}}: the store shown does not hold it.',
    description:
      'A note above the cookie store table while the lesson step is about a cookie the store shown does not hold. {cookie}: its name; {domain}: the domain the step names, or "any" when it names none.',
  },
  'spotlight.store.filtered': {
    message: 'The step is about the cookie {cookie}, which "Only cookies with an issue" hides now.',
    description:
      'A note above the cookie store table when the cookie a lesson step is about is hidden by the "Only cookies with an issue" checkbox (inspector). {cookie}: its name.',
  },
  'spotlight.hidden': {
    message: 'The step is about {entry}, which the timeline hides now.',
    description:
      'A note above the timeline when the row a lesson step is about is hidden by the name filter or the Show assets toggle. {entry}: the row number, such as "#12".',
  },
  'spotlight.showIt': {
    message: 'Show it',
    description:
      'Button beside "spotlight.hidden" (clears the timeline\'s name filter, and shows assets when the row is one) and beside "spotlight.store.filtered" (unticks "Only cookies with an issue"), so what the step is about appears.',
  },
} satisfies Record<SpotlightMessageId, CatalogueEntry>
