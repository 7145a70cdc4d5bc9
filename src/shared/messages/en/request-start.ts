// Who started a request, in English: the detail view's note on a navigation the browser made
// itself (`Sec-Fetch-Site: none`), which is why SameSite cookies went with it. Part of the one
// English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { RequestStartMessageId } from '../message-ids'

const NOTE =
  'The detail view, on a request whose Sec-Fetch-Site header is "none": the browser itself started it, no page did.'

export const requestStartEn = {
  'start.browser.title': {
    message: 'Started by the browser, not by a page',
    description: `${NOTE} The note's heading.`,
  },
  'start.browser.because': {
    message:
      '{navigation, select, yes {This navigation} other {This request}} came from the browser itself: an address typed into the address bar, a reload, a bookmark or another of the browser’s own controls. No site initiated it, so it counts as same-site, and SameSite=Strict and Lax cookies go with it, whichever page was shown before.',
    description: `${NOTE} {navigation}: "yes" for a page load (a navigation), "other" for any other request.`,
  },
  'start.browser.evidence': {
    message:
      'The browser says so on the request: {header}.{user, select, yes { It also sent Sec-Fetch-User: ?1: it counts the navigation as started by a user’s action.} other {}}',
    description: `${NOTE} {header}: the request header line that says it, "Sec-Fetch-Site: none" (code, not translated); {user}: "yes" when Sec-Fetch-User: ?1 was sent too.`,
  },
  'start.browser.appAsked': {
    message:
      'Cookie Lab’s address bar asked the pane for this page, so the browser started it.{header, select, none { Over plain http the browser does not send Sec-Fetch-Site, so the app says it instead.} other { The browser says so on the request too: {header}.}}',
    description: `${NOTE} Also shown when the app's own address bar (or Home) loaded the page, with or without the header. {header}: "Sec-Fetch-Site: none" (code, not translated) when the browser sent it, else "none".`,
  },
  'start.browser.sentRestricted': {
    message:
      'That is why {names} went with it: the same request started by a page of another site would have left {count, plural, one {it} other {them}} behind.',
    description: `${NOTE} {count}: how many cookies are named; {names}: the cookies SameSite held back from a cross-site request of this kind, listed, e.g. "shopSession (SameSite=Strict)".`,
  },
} as const satisfies Record<RequestStartMessageId, CatalogueEntry>
