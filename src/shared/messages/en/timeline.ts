// The timeline's own words: the "+N more" chip of a crowded row, the note on a row whose number
// skips, and the name filter's two questions. Part of the one English catalogue
// (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { TimelineMessageId } from '../message-ids'

export const timelineEn = {
  'timeline.moreChips': {
    message: '+{count} more',
    description:
      'The last chip of a crowded timeline line, in place of the chips that did not fit in two lines. {count}: how many are not shown.',
  },
  'timeline.moreChipsTitle': {
    message:
      'This line holds {count, plural, one {# cookie} other {# cookies}}; select the row to see every one in the detail view.',
    description: 'Tooltip of the "+N more" chip. {count}: every cookie of the line.',
  },
  'timeline.urlUnseen': {
    message: 'address not reported',
    description:
      'In a timeline row, in place of the URL, when the browser reported only the raw headers of a request and never its address.',
  },
  'timeline.methodUnseen': {
    message: '?',
    description:
      'In a timeline row, in place of the method (GET, POST), when the browser never reported it. Keep it one short mark.',
  },
  'timeline.statusUnseen': {
    message: 'no report of its end',
    description:
      'In a timeline row, in place of the status, for a request whose end the browser never reported (only its raw headers were heard).',
  },
  'timeline.skip': {
    message: '{count, plural, one {{first} hidden} other {{first}–{last} hidden}}',
    description:
      'A small note before a row whose number skips. {first}, {last}: the numbers not shown, such as "#2"; {count}: how many entries those are.',
  },
  'timeline.skipTitle': {
    message:
      'Not shown before this row: {what}. Every request keeps its number whatever the timeline shows, so #N means the same row for everyone.',
    description:
      'Tooltip of the note on a row whose number skips. {what}: "timeline.skip.assets" and/or "timeline.skip.filtered", joined by "and".',
  },
  'timeline.skip.assets': {
    message:
      '{count, plural, one {# asset request (an image, script, style or favicon) that Show assets lists} other {# asset requests (images, scripts, styles, favicons) that Show assets lists}}',
    description: 'Part of "timeline.skipTitle". {count}: asset requests hidden before the row.',
  },
  'timeline.skip.filtered': {
    message:
      '{count, plural, one {# entry the name filter hides} other {# entries the name filter hides}}',
    description: 'Part of "timeline.skipTitle". {count}: entries the filter hides before the row.',
  },
  'timeline.filterMode.changes': {
    message: 'Set or changed',
    description:
      'Checkbox next to the timeline name filter: show only the rows that added, changed or removed the named cookie in the store (where it came from), not every row that sent it.',
  },
  'timeline.filterMode.title': {
    message:
      'Find where a cookie came from: only the rows that set, changed or removed the cookie you name in the store, not every request that sent it.',
    description: 'Tooltip of the "Set or changed" checkbox.',
  },
  'timeline.empty.touches': {
    message: 'No row touches a cookie named “{name}”.',
    description:
      'The timeline is empty because no row matches the name filter. {name}: the filter.',
  },
  'timeline.empty.changes': {
    message: 'No row set, changed or removed a cookie named “{name}”.',
    description:
      'The timeline is empty under the "changed the store" filter: no row changed that cookie. {name}: the filter.',
  },
} satisfies Record<TimelineMessageId, CatalogueEntry>
