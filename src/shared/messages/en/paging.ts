// The words of a long session's timeline: the edge of the loaded rows, where older (or newer)
// ones are being fetched from the host or load as the list scrolls, and the name filter's search
// of the whole session. Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { PagingMessageId } from '../message-ids'

export const pagingEn = {
  'paging.older': {
    message:
      '{loaded, number} of {count, plural, one {# entry} other {# entries}} loaded. Older rows load as you scroll up.',
    description:
      'Above the oldest loaded timeline row of a long session. {loaded}: entries the timeline holds now; {count}: every entry of the session.',
  },
  'paging.loadOlder': {
    message: 'Load older rows',
    description: 'Button above the oldest loaded timeline row: fetches the rows before it now.',
  },
  'paging.loading': {
    message: 'Loading rows…',
    description: 'At the edge of the timeline while a page of rows is on its way from the app.',
  },
  'paging.searching': {
    message: 'Searching the whole session for “{name}”…',
    description:
      'Above the timeline rows while the name filter looks for matching rows among those not loaded yet. {name}: the text typed into the filter.',
  },
  'paging.failed': {
    message: 'Could not load more rows: {reason}',
    description:
      'At the edge of the timeline when a page of rows could not be fetched. {reason}: what went wrong, already a sentence.',
  },
  'paging.retry': {
    message: 'Try again',
    description: 'Button next to the message that rows could not be loaded.',
  },
} satisfies Record<PagingMessageId, CatalogueEntry>
