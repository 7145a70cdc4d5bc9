// The words of HAR files in the app: exporting the session, importing a file to explore
// read-only, and everything such a file does not hold (the store, the browser's verdicts), said
// rather than made up. Part of the one English catalogue (`../catalogue-en.ts`). What is wrong
// with a file is a fact (`harTooLarge`, `harNotJson`, … in `facts.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { HarMessageId } from '../message-ids'

const BANNER =
  'In the banner across the window, under its header, while an imported HAR file is shown.'

export const harEn = {
  'har.menu': {
    message: 'HAR',
    description:
      'A button in the window\u2019s header that opens the HAR menu (import a HAR file, export the session). HAR: the HTTP Archive file format, not translated.',
  },
  'har.menuTitle': {
    message: 'Export the session as a HAR file, or import one to explore',
    description: 'The tooltip of the HAR menu button.',
  },
  'har.import': {
    message: 'Import HAR\u2026',
    description:
      'Menu item (the UI\u2019s HAR menu and the app\u2019s File menu): choose a HAR file and explore its requests in the timeline, read-only.',
  },
  'har.export': {
    message: 'Export HAR',
    description:
      'Menu item: save the session\u2019s requests and responses as a HAR file, cookie values included.',
  },
  'har.exportTitle': {
    message: 'Every request and response, cookie values included: for you or a teacher you trust.',
    description: 'The tooltip of "Export HAR".',
  },
  'har.exportSanitised': {
    message: 'Export sanitised HAR',
    description:
      'Menu item: save the session as a HAR file without cookie values or secret header values, safe to share.',
  },
  'har.exportSanitisedTitle': {
    message:
      'Without cookie values and without the values of the Cookie, Set-Cookie and Authorization headers: names and attributes stay.',
    description: 'The tooltip of "Export sanitised HAR". Header names are not translated.',
  },
  'har.exportFailed': {
    message: 'The session could not be exported: {error}',
    description: 'After "Export HAR" failed. {error}: why, already in words.',
  },
  'har.busy': {
    message: '{what}\u2026',
    description:
      'Next to the HAR menu while a file is read or an export is made. {what}: the file\u2019s name, or the export\u2019s menu item.',
  },
  'har.trouble.title': {
    message: '{fileName} could not be imported:',
    description:
      'Above the list of problems of a HAR file that could not be read; the timeline shown is unchanged. {fileName}: the file\u2019s name.',
  },
  'har.trouble.unreadable': {
    message: 'The file could not be read: {error}',
    description:
      'A chosen or dropped HAR file the UI could not read (the file, or its background reader, failed). {error}: why, already in words.',
  },
  'har.trouble.dismiss': {
    message: 'Dismiss',
    description: 'A button that hides the message about a HAR file that could not be imported.',
  },
  'har.banner.label': {
    message: 'Imported HAR file',
    description: `The name a screen reader gives the banner. ${BANNER}`,
  },
  'har.banner.title': {
    message: 'Imported: {fileName}',
    description: `${BANNER} {fileName}: the file\u2019s name (never its folder).`,
  },
  'har.banner.source': {
    message:
      'HAR {harVersion}, written by {named, select, no {a tool that does not name itself} other {{creator} {version}}}.',
    description: `${BANNER} {harVersion}: the file\u2019s HAR version (1.1 or 1.2); {creator} and {version}: the tool that wrote it, as the file names it (such as "WebInspector 537.36"); {named}: "no" when the file names no tool.`,
  },
  'har.banner.exchanges': {
    message:
      '{count, plural, =0 {This file holds no exchanges.} one {# exchange} other {# exchanges}}',
    description: `${BANNER} {count}: how many requests the file holds.`,
  },
  'har.banner.readOnly': {
    message:
      'Read-only: nothing in it reached the browser pane or its cookie store, and no request was sent again.',
    description: BANNER,
  },
  'har.banner.ownFormat': {
    message:
      'Written by Cookie Lab: each Set-Cookie line carries the browser\u2019s verdict as it was captured. The cookie store is not in the file.',
    description: `${BANNER} For a file Cookie Lab exported itself.`,
  },
  'har.banner.otherTool': {
    message:
      'Not in the file: the browser\u2019s cookie store, and its verdict on each cookie (stored, or blocked and why). HAR has no field for them.',
    description: `${BANNER} For a file another tool (a browser\u2019s DevTools, Playwright) wrote.`,
  },
  'har.banner.sanitised': {
    message:
      'Sanitised: cookie values and the values of the Cookie, Set-Cookie and Authorization headers were removed before export.',
    description: `${BANNER} Header names are not translated.`,
  },
  'har.banner.notes': {
    message: '{count, plural, one {# note on reading it} other {# notes on reading it}}',
    description: `${BANNER} Opens the list of what was odd in the file (entries left out, dates missing). {count}: how many.`,
  },
  'har.banner.moreNotes': {
    message: '{count, plural, one {and # more note} other {and # more notes}}',
    description: `${BANNER} The last line of the notes list when it shows only the first ones. {count}: how many are not listed.`,
  },
  'har.banner.loadingOlder': {
    message: 'Older entries are still being read: the newest are shown first.',
    description: `${BANNER} While a long file\u2019s older requests are read and added above the rows shown.`,
  },
  'har.banner.olderFailed': {
    message: 'The older entries could not all be read: {error}',
    description: `${BANNER} After reading a long file\u2019s older requests failed; the rows shown stay. {error}: why, already in words.`,
  },
  'har.banner.back': {
    message: 'Back to the live session',
    description: `${BANNER} A button: the timeline shows the browser pane\u2019s own requests again.`,
  },
  'har.store.heading': {
    message: 'Cookie store',
    description:
      'The heading of the cookie store panel while an imported HAR file is shown (the panel then explains that the file holds no store).',
  },
  'har.store.label': {
    message: 'Cookie store of the imported file',
    description: 'The name a screen reader gives the cookie store panel while a HAR file is shown.',
  },
  'har.store.none': {
    message:
      'Not in the file: a HAR file records requests and responses, never the browser\u2019s cookie store, so there is no store to show for it.',
    description: 'In the cookie store panel while an imported HAR file is shown.',
  },
  'har.store.noTimeTravel': {
    message:
      'Time travel is unavailable: selecting a row cannot show the store as it was right after it.',
    description: 'In the cookie store panel while an imported HAR file is shown.',
  },
  'har.store.noEdits': {
    message:
      'Adding, editing and deleting cookies is off while an imported file is shown. The pane\u2019s own store is unchanged: \u201cBack to the live session\u201d shows it.',
    description: 'In the cookie store panel while an imported HAR file is shown.',
  },
  'har.detail.imported': {
    message: 'Imported from {fileName}, as the file recorded it.',
    description:
      'At the top of the detail of a request from an imported HAR file. {fileName}: the file\u2019s name.',
  },
  'har.detail.noCookieHeader': {
    message:
      'No Cookie header in the file. Whether the browser held a cookie back, and why, is not in it.',
    description:
      'In the detail of an imported request that sent no Cookie header: the file does not say whether the browser had cookies it did not send.',
  },
  'har.detail.noStore': {
    message:
      'Not in the file: a HAR file records no cookie store, so what this exchange changed in it is unknown.',
    description:
      'Under "What changed in the cookie store" in the detail of a request from an imported HAR file.',
  },
  'har.appMenu.import': {
    message: 'Import HAR\u2026',
    description:
      'Item of the app\u2019s File menu: choose a HAR file on disk and explore its requests in the timeline, read-only.',
  },
  'har.appMenu.export': {
    message: 'Export HAR\u2026',
    description:
      'Item of the app\u2019s File menu: save the session as a HAR file, cookie values included.',
  },
  'har.appMenu.exportSanitised': {
    message: 'Export Sanitised HAR\u2026',
    description:
      'Item of the app\u2019s File menu: save the session as a HAR file without cookie values or the values of the Cookie, Set-Cookie and Authorization headers.',
  },
  'har.appMenu.importTitle': {
    message: 'Import a HAR file',
    description: 'The title of the file dialog that "Import HAR\u2026" shows.',
  },
  'har.appMenu.exportTitle': {
    message: 'Export the session as HAR',
    description: 'The title of the save dialog that "Export HAR\u2026" shows.',
  },
  'har.appMenu.files': {
    message: 'HAR files',
    description: 'The file type the HAR dialogs show: .har files.',
  },
} as const satisfies Record<HarMessageId, CatalogueEntry>
