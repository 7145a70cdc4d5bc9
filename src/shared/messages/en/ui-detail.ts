// The detail view's own words: its headings and sections, the notes on a request with no
// cookies or a response with no Set-Cookie, a failed request, the headers as on the wire, the
// verdict beside each cookie, and the rows that are not requests (a script's write, the user's
// edit, a pause of capture). The explanations themselves are in the other topics.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

/** Parameters of this topic's messages that take any. */
export interface UiDetailParams {
  'ui.detail.seed': { seed: string }
  'ui.detail.urlCut': { bytes: string }
  'ui.detail.redirected': { url: string }
  'ui.detail.noCookieHeader': { why: 'blocked' | 'scoped' | 'none' }
  'ui.detail.released': { bytes: string }
  'ui.detail.retries': { count: number }
  'ui.detail.scriptWhat': { page: string; time: string }
  'ui.detail.editWhat': { summary: string }
  'ui.detail.gapWhat': { from: string; to: string; ended: 'yes' | 'no'; reason: string }
  'ui.explain.caption': { cookie: string }
  'ui.headers.none': { label: string; why: string }
  'ui.headers.unseen': { label: string }
  'ui.headers.caption': { label: string }
  'ui.headers.byteByByte': { value: string }
  'ui.headers.cut': { bytes: string }
  'ui.bytes': { count: number }
  'ui.chip.notSent': { reason: string }
  'ui.chip.notStoredBecause': { reasons: string }
  'ui.chip.moreProblems': { count: number }
}

export const uiDetailEn = {
  'ui.detail.heading': {
    message: 'Detail',
    description: 'The heading of the panel that shows the selected timeline row in full.',
  },
  'ui.detail.scroll': {
    message: 'The selected row in full',
    description: 'Accessible name of the scrolling body of the detail panel.',
  },
  'ui.detail.empty': {
    message: 'Select a row to see it in full.',
    description: 'The detail panel before a row is selected.',
  },
  'ui.detail.emptyWhat': {
    message:
      'Here you will see the raw request and response headers as they crossed the wire, what every cookie attribute means in plain words, why the browser blocked a cookie and how to fix it, and the Flask code that produced the response.',
    description: 'Under "Select a row to see it in full."',
  },
  'ui.detail.emptyKeys': {
    message:
      'Keyboard: focus the timeline, move with <kbd>↑</kbd> <kbd>↓</kbd>, press <kbd>Enter</kbd> to read the detail and <kbd>Esc</kbd> to go back.',
    description: 'Keyboard help under the empty detail. Keep the <kbd>…</kbd> keys as they are.',
  },
  'ui.detail.seed': {
    message: '(seed tutorial {seed})',
    description:
      'After the summary of the tutorial route that answered: which of the seed Flask tutorials it re-enacts. {seed}: its number, such as 001.',
  },
  'ui.detail.urlCut': {
    message: 'The URL goes on: … {bytes} cut.',
    description:
      'Under a very long URL that capture cut short to bound its memory. {bytes}: how much was cut, such as "1,024 bytes".',
  },
  'ui.detail.redirected': {
    message: 'Redirected to <code>{url}</code>: the next hop is its own row.',
    description: 'A response that redirected. {url}: where to.',
  },
  'ui.detail.section.blocked': {
    message: 'Blocked by the browser: why, and how to fix it',
    description: 'Section heading: the cookies the browser refused to send or to store.',
  },
  'ui.detail.section.scoped': {
    message: "Not for this URL: the cookies' own rules at work",
    description:
      'Section heading: cookies that were not sent because their own Path or Domain keeps them from this URL (nothing is wrong).',
  },
  'ui.detail.section.request': {
    message: 'Request: the cookies the browser sent',
    description: 'Section heading.',
  },
  'ui.detail.section.response': {
    message: 'Response: the cookies the server set',
    description: 'Section heading.',
  },
  'ui.detail.section.changes': {
    message: 'What changed in the cookie store',
    description: 'Section heading.',
  },
  'ui.detail.section.flask': {
    message: 'The Flask code behind this response',
    description:
      'Section heading: the Python code of the seed tutorial that produced this response.',
  },
  'ui.detail.noCookieHeader': {
    message:
      '{why, select, blocked {No <code>Cookie</code> header: the browser held back every cookie it had for this URL (see above).} scoped {No <code>Cookie</code> header: none of the browser’s cookies is meant for this URL (see above).} other {No <code>Cookie</code> header: the browser had no cookie for this URL.}}',
    description:
      'A request without a Cookie header. {why}: blocked (every cookie was refused), scoped (no cookie applies to this URL), or other (the browser had none).',
  },
  'ui.detail.neverSent': {
    message: 'None: the request failed before it went out, so it carried no cookies.',
    description: 'In the request section of a request that failed before it was sent.',
  },
  'ui.detail.requestUnseen': {
    message: "The request's headers were not observed (see below).",
    description: 'In the request section when the browser did not report the request headers.',
  },
  'ui.detail.waiting': {
    message: 'Waiting for the response…',
    description: 'In the response section of a request still pending.',
  },
  'ui.detail.noSetCookie': {
    message: 'No <code>Set-Cookie</code> header: this response asked the browser to store nothing.',
    description: 'In the response section of a response without Set-Cookie.',
  },
  'ui.detail.allRefused': {
    message: 'The browser refused every cookie this response set (see above).',
    description: 'In the response section when every Set-Cookie line was refused.',
  },
  'ui.detail.noResponse': {
    message: 'None: no response came, the request failed (see above).',
    description: 'In the response section of a failed request.',
  },
  'ui.detail.responseUnseen': {
    message: "The response's headers were not observed (see below).",
    description: 'In the response section when the browser did not report the response headers.',
  },
  'ui.detail.queryCall': {
    message: 'Your query string made this call:',
    description: "Before the Flask call the playground's query string built.",
  },
  'ui.detail.insideView': {
    message: 'inside the playground view:',
    description: 'Between that call and the Flask view it runs in.',
  },
  'ui.detail.wire': {
    message: 'The headers, as on the wire',
    description: 'The heading of the folding section with the raw headers.',
  },
  'ui.detail.released': {
    message:
      'Released: capture keeps a bounded amount of header text, so the lines of this older exchange ({bytes}) were let go. Its cookies are still shown above.',
    description:
      "In place of an older exchange's raw headers, released to bound memory. {bytes}: how much.",
  },
  'ui.detail.requestHeaders': {
    message: 'Request headers',
    description: 'Label of the block of raw request headers.',
  },
  'ui.detail.responseHeaders': {
    message: 'Response headers',
    description: 'Label of the block of raw response headers.',
  },
  'ui.detail.neverSentHeaders': {
    message: 'The request failed before it went out, so no server ever saw it.',
    description: 'In place of the request headers of a request that never went out.',
  },
  'ui.detail.noResponseHeaders': {
    message: 'No response came: the request failed.',
    description: 'In place of the response headers of a failed request.',
  },
  'ui.detail.failed': {
    message: 'Failed: ',
    description:
      'Bold label before why a request failed (the English ends in a space; none after a full-width colon).',
  },
  'ui.detail.neverReached': {
    message: 'It never reached a server: no request went out, so no cookie was sent.',
    description: 'Under a failure that happened before the request was sent.',
  },
  'ui.detail.retries': {
    message:
      'The address was tried {count, plural, one {once} other {# times}} more (Chromium’s error page tries again by itself; a reload counts too), and each try failed the same way: the tries are counted here rather than shown as rows of their own.',
    description: 'Under a failed request that the browser retried. {count}: the retries.',
  },
  'ui.detail.unchanged': {
    message: 'Nothing: the store is the same after this as before.',
    description: 'In the store-changes section when nothing changed.',
  },
  'ui.detail.scriptTitle': {
    message: 'A script wrote a cookie',
    description: "The title of a script's write to document.cookie, after its row number.",
  },
  'ui.detail.scriptWhat': {
    message:
      'JavaScript on {page, select, none {the page} other {<code>{page}</code>}} changed the store through <code>document.cookie</code> at {time}. Writes like this send nothing over the network: there is no request and no response, only the change in the store. The next request to a matching URL carries the cookie in its <code>Cookie</code> header, like any other.',
    description:
      "What a script write is. {page}: the page's URL, or none when unknown; {time}: such as 13:04:05.",
  },
  'ui.detail.editTitle': {
    message: 'You edited the store',
    description: "The title of the user's own edit in the cookie inspector, after its row number.",
  },
  'ui.detail.editWhat': {
    message:
      "{summary}. The inspector changes the pane's cookie store directly, as a browser's developer tools do: the server is not involved until the next request carries the cookie.",
    description: 'What an inspector edit is. {summary}: what the edit did.',
  },
  'ui.detail.gapTitle': {
    message: 'Capture paused',
    description: 'The title of a pause of capture, after its row number.',
  },
  'ui.detail.gapWhat': {
    message:
      '{ended, select, yes {From {from} to {to}, Cookie Lab could not watch the pane ({reason}). Requests made in that time are missing from the timeline; the cookie store is still read as it is.} other {From {from} until now, Cookie Lab could not watch the pane ({reason}). Requests made in that time are missing from the timeline; the cookie store is still read as it is.}}',
    description:
      'What a pause of capture is. {from}, {to}: times such as 13:04:05; {ended}: yes when capture resumed; {reason}: why it paused.',
  },
  'ui.verdict.sent': {
    message: 'sent',
    description: 'The verdict beside a cookie the browser sent.',
  },
  'ui.verdict.notSent': {
    message: 'not sent',
    description: 'The verdict beside a cookie the browser held back.',
  },
  'ui.verdict.notForUrl': {
    message: 'not for this URL',
    description: 'The verdict beside a cookie whose own rules keep it from this URL.',
  },
  'ui.verdict.stored': {
    message: 'stored',
    description: 'The verdict beside a cookie the store took.',
  },
  'ui.verdict.notStored': {
    message: 'not stored',
    description: 'The verdict beside a Set-Cookie line the store did not take.',
  },
  'ui.verdict.unseen': {
    message: 'outcome not observed',
    description: 'The verdict beside a Set-Cookie line whose outcome was not reported.',
  },
  'ui.explain.why': {
    message: 'Why: ',
    description:
      "Bold label (ending in a space in English, none after a full-width colon) before why a cookie's own rule keeps it from a URL.",
  },
  'ui.explain.fix': {
    message: 'How to fix it: ',
    description:
      'Bold label before the fix of a blocked cookie (the English ends in a space; none after a full-width colon).',
  },
  'ui.explain.asSent': {
    message: 'As sent by the server: ',
    description:
      'Label before the raw Set-Cookie line (the English ends in a space; none after a full-width colon).',
  },
  'ui.explain.caption': {
    message: 'What each attribute of {cookie} means',
    description:
      "Caption (for screen readers) of the table of a cookie's attributes. {cookie}: name=value.",
  },
  'ui.explain.attribute': {
    message: 'Attribute',
    description: 'Column heading of that table.',
  },
  'ui.explain.meaning': {
    message: 'What it means',
    description: 'Column heading of that table.',
  },
  'ui.headers.none': {
    message: '{label}: none. {why}',
    description:
      'In place of a block of headers that does not exist. {label}: "Request headers" or "Response headers"; {why}: why.',
  },
  'ui.headers.unseen': {
    message:
      '{label}: not observed. The browser did not report them (a cached response, a service worker, or a data: URL), so Cookie Lab shows nothing rather than guess.',
    description:
      'In place of headers the browser did not report. {label}: "Request headers" or "Response headers".',
  },
  'ui.headers.caption': {
    message: '{label}, as on the wire',
    description:
      'Caption of a block of raw headers. {label}: "Request headers" or "Response headers".',
  },
  'ui.headers.byteByByte': {
    message: 'byte by byte: {value}',
    description:
      'Tooltip of "(UTF-8)" after a header value shown decoded: the value as its raw bytes.',
  },
  'ui.headers.cut': {
    message: '… {bytes} cut',
    description: 'After a header line capture cut short. {bytes}: such as "1,024 bytes".',
  },
  'ui.bytes': {
    message: '{count, plural, one {# byte} other {# bytes}}',
    description: 'A size in bytes, such as "1,048,000 bytes".',
  },
  'ui.chip.notSent': {
    message: 'not sent: {reason}',
    description:
      'On a cookie chip of a request: the browser held it back. {reason}: why, in short.',
  },
  'ui.chip.notStoredBecause': {
    message: 'not stored: {reasons}',
    description: 'On a Set-Cookie chip the browser refused. {reasons}: why, in short.',
  },
  'ui.chip.unseen': {
    message: 'outcome not observed',
    description: 'On a Set-Cookie chip whose outcome the browser did not report.',
  },
  'ui.chip.moreProblems': {
    message: '(+{count, number} more)',
    description:
      'After the first problem of a malformed Set-Cookie line. {count}: the other problems.',
  },
} as const satisfies Record<`ui.${string}`, CatalogueEntry>
