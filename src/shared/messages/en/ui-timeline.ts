// The timeline panel's own words beyond `timeline.ts`: its heading and tools, the rows'
// labels and statuses, the empty states, the note when it stops following the newest row.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

/** Parameters of this topic's messages that take any. */
export interface UiTimelineParams {
  'ui.timeline.rows': { count: number }
  'ui.timeline.showAssets': { hidden: number }
  'ui.timeline.onlyAssets': { count: number }
  'ui.timeline.youEdited': { summary: string }
  'ui.timeline.gap': { reason: string; ended: 'yes' | 'no'; time: string }
  'ui.status.failedBecause': { reason: string }
}

export const uiTimelineEn = {
  'ui.timeline.heading': {
    message: 'Timeline',
    description: "The timeline panel's heading: every request of the browser pane, one row each.",
  },
  'ui.timeline.rows': {
    message: '{count, plural, one {# row} other {# rows}}',
    description: "Beside the timeline's heading: how many rows it shows. {count}: the rows.",
  },
  'ui.timeline.filter': {
    message: 'Filter by name',
    description:
      'Placeholder of the search field that shows only the rows with a cookie of that name.',
  },
  'ui.timeline.filterLabel': {
    message: 'Filter by cookie name',
    description: 'Accessible name of the same search field.',
  },
  'ui.timeline.showAssets': {
    message: '{hidden, plural, =0 {Show assets} other {Show assets (# hidden)}}',
    description:
      'Checkbox: also list asset requests (images, scripts, styles, favicons). {hidden}: how many are hidden now.',
  },
  'ui.timeline.list': {
    message: 'Timeline entries, oldest first',
    description: 'Accessible name of the list of timeline rows.',
  },
  'ui.timeline.paused': {
    message: 'Not following the newest row.',
    description:
      'Under the timeline when the user scrolled up and new rows no longer scroll into view.',
  },
  'ui.timeline.jumpLatest': {
    message: 'Jump to latest',
    description: 'Button next to it: scroll to the newest row and follow again.',
  },
  'ui.timeline.empty': {
    message: 'No requests yet.',
    description: 'The empty timeline, before the browser pane made any request.',
  },
  'ui.timeline.emptyWhat': {
    message:
      'Every request the browser pane makes appears here, one row each, newest at the bottom: the cookies the browser sent in its <code>Cookie</code> header, and the <code>Set-Cookie</code> lines the server answered with.',
    description:
      'Under "No requests yet." Keep <code>…</code> around the header names, which stay in English.',
  },
  'ui.timeline.emptyTry': {
    message:
      'Try it: type a userID into the form on the left and press <strong>Login</strong>. The server sets a cookie; visit <code>/getcookie</code> and watch the browser send it back.',
    description:
      'Under the empty timeline. "Login" is the button of the tutorial page in the pane (it stays English there); /getcookie is a path.',
  },
  'ui.timeline.clearFilter': {
    message: 'Clear the filter',
    description: 'Button under an empty timeline whose name filter matches nothing.',
  },
  'ui.timeline.onlyAssets': {
    message: 'Only asset requests so far ({count, number}): images, scripts, styles, favicons.',
    description:
      'The timeline is empty because every request so far was an asset, and assets are hidden. {count}: how many.',
  },
  'ui.timeline.showAssetsButton': {
    message: 'Show assets',
    description: 'Button under that note: list the asset requests.',
  },
  'ui.timeline.asset': {
    message: 'asset',
    description: 'A small tag on a row whose request was an asset (image, script, style, favicon).',
  },
  'ui.timeline.noCookiesSent': {
    message: 'no cookies sent',
    description: "On a row's Cookie line: the request carried no Cookie header.",
  },
  'ui.timeline.headersUnseen': {
    message: 'headers not observed',
    description:
      "On a row's line: the browser did not report the headers of this request or response.",
  },
  'ui.timeline.storeLine': {
    message: 'Store',
    description: "The label of a row's line that lists what changed in the cookie store.",
  },
  'ui.timeline.scriptOn': {
    message: 'on',
    description:
      'Between "document.cookie" and the page it ran on, in a row of a script write: "document.cookie on localhost/cookies".',
  },
  'ui.timeline.noChange': {
    message: 'no change seen',
    description: "On a script write's Store line: the write changed nothing in the store.",
  },
  'ui.timeline.kind.edit': {
    message: 'EDIT',
    description:
      "In place of the method (GET, POST) on a row of the user's own edit in the cookie inspector. Keep it short.",
  },
  'ui.timeline.kind.gap': {
    message: 'GAP',
    description:
      'In place of the method on a row that marks a time capture was paused. Keep it short.',
  },
  'ui.timeline.youEdited': {
    message: 'You edited the store: {summary}',
    description: "A row of the user's edit in the cookie inspector. {summary}: what the edit did.",
  },
  'ui.timeline.gap': {
    message:
      '{ended, select, yes {Capture paused: {reason}. Resumed at {time}; requests in between may be missing.} other {Capture paused: {reason}. Requests made now are not recorded.}}',
    description:
      'A row that marks a pause of capture. {reason}: why; {ended}: yes when capture resumed; {time}: when it resumed, such as 13:04:05.',
  },
  'ui.status.pending': {
    message: 'pending…',
    description: 'The status of a request still waiting for its response.',
  },
  'ui.status.failed': {
    message: 'failed',
    description: 'The status of a request that failed, when the browser gave no reason.',
  },
  'ui.status.failedBecause': {
    message: 'failed: {reason}',
    description: 'The status of a request that failed. {reason}: why, in words.',
  },
} as const satisfies Record<`ui.${string}`, CatalogueEntry>
