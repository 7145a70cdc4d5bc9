// The cookie store inspector's own words: its heading, tools and table, each cookie's row
// (flags, expiry, edit and delete), the form that adds a cookie and the value editor. Attribute
// names and values (HttpOnly, Secure, SameSite, Strict, Lax, None) stay as on the wire.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

/** Parameters of this topic's messages that take any. */
export interface UiStoreParams {
  'ui.store.count': { count: number }
  'ui.store.issuesOnly': { count: number }
  'ui.store.past': { entry: string }
  'ui.store.confirm': { count: number }
  'ui.store.pastFailed': { error: string }
  'ui.store.captionPast': { entry: string }
  'ui.store.markBy': { mark: string; entry: string }
  'ui.store.issues': { count: number }
  'ui.store.bytes': { count: number }
  'ui.store.path': { path: string }
  'ui.store.partition': { site: string }
  'ui.store.flag': { flag: string; on: 'yes' | 'no' }
  'ui.store.priority': { priority: string }
  'ui.store.editLabel': { cookie: string }
  'ui.store.deleteLabel': { cookie: string }
  'ui.store.issuesOf': { cookie: string }
  'ui.store.expiresIn': { time: string }
  'ui.store.cookieIn': { cookie: string; site: string }
  'ui.countdown.seconds': { s: number }
  'ui.countdown.minutes': { m: number; s: string }
  'ui.countdown.hours': { h: number; m: string }
  'ui.countdown.days': { d: number; h: number }
  'ui.form.newValue': { cookie: string }
  'ui.badge.delete': { attribute: string }
  'ui.badge.expiresIn': { time: string }
}

export const uiStoreEn = {
  'ui.store.heading': {
    message: 'Cookie store',
    description: "The heading of the panel that lists the browser pane's cookies.",
  },
  'ui.store.count': {
    message: '{count, plural, one {# cookie} other {# cookies}}',
    description: 'Beside the heading: how many cookies the store holds.',
  },
  'ui.store.add': {
    message: 'Add cookie',
    description: 'Button: open the form that adds a cookie to the store.',
  },
  'ui.store.clearAll': {
    message: 'Clear all',
    description: 'Button: delete every cookie of the store (asks first).',
  },
  'ui.store.viewTools': {
    message: 'What the table shows',
    description: 'Accessible name of the group of checkboxes over the table.',
  },
  'ui.store.issuesOnly': {
    message: 'Only cookies with an issue ({count, number})',
    description: 'Checkbox: list only the cookies with an issue. {count}: how many have one.',
  },
  'ui.store.decode': {
    message: 'Decode %xx in values',
    description: 'Checkbox: show cookie values with their percent-escapes decoded. Keep %xx.',
  },
  'ui.store.past': {
    message: 'Showing the store as it was after <strong>{entry}</strong>.',
    description:
      'Over the table while it shows the store of the past (a row of the timeline selected). {entry}: the row, such as #12.',
  },
  'ui.store.backToLive': {
    message: 'Back to live',
    description: 'Button: show the store as it is now again.',
  },
  'ui.store.confirmLabel': {
    message: 'Confirm clearing the store',
    description: 'Accessible name of the question before clearing.',
  },
  'ui.store.confirm': {
    message:
      "{count, plural, one {Delete all # cookie from the pane's store?} other {Delete all # cookies from the pane's store?}}",
    description: 'The question before clearing. {count}: the cookies.',
  },
  'ui.store.confirmYes': {
    message: 'Yes, clear all',
    description: 'Button: clear the store.',
  },
  'ui.store.cancel': {
    message: 'Cancel',
    description: 'Button: do not do it.',
  },
  'ui.store.ok': {
    message: 'OK',
    description: 'Button that dismisses a warning.',
  },
  'ui.store.list': {
    message: 'Cookies in the store',
    description: 'Accessible name of the scrolling list of cookies.',
  },
  'ui.store.pastFailed': {
    message: 'Could not load the past store: {error}',
    description: 'When the store of the past could not be loaded. {error}: why.',
  },
  'ui.store.pastLoading': {
    message: 'Loading the store as it was…',
    description: 'While the store of the past loads.',
  },
  'ui.store.emptyThen': {
    message: 'The store was empty then.',
    description: 'The store of the past was empty.',
  },
  'ui.store.empty': {
    message: 'The store is empty.',
    description: 'The store is empty now.',
  },
  'ui.store.emptyWhat': {
    message:
      "Cookies the pane's pages set appear here, with their expiry counting down. You can also add one yourself, and the next request will carry it.",
    description: 'Under "The store is empty."',
  },
  'ui.store.captionPast': {
    message: 'Cookies after {entry}',
    description: 'Caption (for screen readers) of the table of a past store. {entry}: such as #12.',
  },
  'ui.store.captionNow': {
    message: 'Cookies in the pane’s store now',
    description: 'Caption (for screen readers) of the table of the live store.',
  },
  'ui.store.actions': {
    message: 'Actions',
    description:
      "Heading (for screen readers) of the column of each row's Edit and Delete buttons.",
  },
  'ui.store.noIssues': {
    message: 'No cookie in this store has an issue.',
    description: 'Under the table when "only with an issue" hides every cookie.',
  },
  'ui.store.column.cookie': {
    message: 'Cookie',
    description: 'Column heading: the cookie name and value.',
  },
  'ui.store.column.size': {
    message: 'Size',
    description: 'Column heading: the size of name and value in bytes.',
  },
  'ui.store.column.where': {
    message: 'Domain and path',
    description: 'Column heading.',
  },
  'ui.store.column.expires': {
    message: 'Expires',
    description: 'Column heading: when the cookie expires.',
  },
  'ui.store.column.flags': {
    message: 'Flags',
    description: 'Column heading: HttpOnly, Secure, SameSite, Priority.',
  },
  'ui.store.markBy': {
    message: '{mark} by {entry}',
    description:
      'A mark before a cookie name: what a timeline row did to it. {mark}: added, changed…; {entry}: the row, such as #3.',
  },
  'ui.store.issues': {
    message: '{count, plural, one {issue} other {# issues}}',
    description: 'A mark before a cookie name: it has issues (explained under the row).',
  },
  'ui.store.bytes': {
    message: '{count, plural, one {# byte} other {# bytes}}',
    description: "A cookie's size.",
  },
  'ui.store.hostOnly': {
    message: 'host only',
    description:
      'After the domain of a host-only cookie (sent to that host alone, not its subdomains).',
  },
  'ui.store.path': {
    message: 'path {path}',
    description: "The cookie's path.",
  },
  'ui.store.partition': {
    message: 'partition {site}',
    description: 'The partition of a partitioned cookie: the top-level site it is kept for.',
  },
  'ui.store.partitionOpaque': {
    message: 'partition without a name',
    description: 'A cookie in a partition the browser gave no site (an opaque partition).',
  },
  'ui.store.flag': {
    message: '{flag} {on, select, yes {yes} other {no}}',
    description:
      'A flag of a cookie and whether it is set. {flag}: HttpOnly or Secure (keep as is).',
  },
  'ui.store.sameSiteUnset': {
    message: 'SameSite not set',
    description: 'A cookie without a SameSite attribute. Keep SameSite.',
  },
  'ui.store.priority': {
    message: 'Priority {priority}',
    description: "A cookie's priority, as Chromium names it (Low, Medium, High: keep them).",
  },
  'ui.store.priorityUnset': {
    message: 'Priority not given',
    description: 'The browser gave no priority.',
  },
  'ui.store.edit': {
    message: 'Edit',
    description: "Button: edit the cookie's value.",
  },
  'ui.store.editLabel': {
    message: 'Edit the value of {cookie}',
    description: "Accessible name of the Edit button. {cookie}: the cookie's name.",
  },
  'ui.store.delete': {
    message: 'Delete',
    description: 'Button: delete the cookie.',
  },
  'ui.store.deleteLabel': {
    message: 'Delete {cookie}',
    description: "Accessible name of the Delete button. {cookie}: the cookie's name.",
  },
  'ui.store.whatThisMeans': {
    message: 'What this means',
    description: 'A link-like summary that opens the explanation of a partition.',
  },
  'ui.store.issuesOf': {
    message: 'Issues of {cookie}',
    description: "Accessible name of the list of a cookie's issues.",
  },
  'ui.store.emptyValue': {
    message: 'empty',
    description: 'In place of an empty value.',
  },
  'ui.store.decoded': {
    message: '(decoded)',
    description: 'After a value shown with its %xx decoded.',
  },
  'ui.store.session': {
    message: 'session',
    description: 'In the expiry column of a session cookie (kept until the browser closes).',
  },
  'ui.store.expired': {
    message: 'expired',
    description: 'In the expiry column when the expiry has passed.',
  },
  'ui.store.expiresIn': {
    message: 'in {time}',
    description:
      'In the expiry column: how long until the cookie expires. {time}: such as "4 min 05 s".',
  },
  'ui.store.cookieIn': {
    message: '{cookie} in {site}',
    description:
      'A partitioned cookie named with its partition. {cookie}: the name; {site}: the top-level site.',
  },
  'ui.countdown.seconds': {
    message: '{s} s',
    description: 'A short countdown under a minute. {s}: seconds.',
  },
  'ui.countdown.minutes': {
    message: '{m} min {s} s',
    description: 'A short countdown. {s} comes with two digits (05).',
  },
  'ui.countdown.hours': {
    message: '{h} h {m} min',
    description: 'A short countdown. {m} comes with two digits (05).',
  },
  'ui.countdown.days': {
    message: '{d} d {h} h',
    description: 'A short countdown.',
  },
  'ui.form.label': {
    message: 'Add a cookie',
    description: 'Accessible name of the form that adds a cookie.',
  },
  'ui.form.name': {
    message: 'Name',
    description: 'Field of the add-cookie form.',
  },
  'ui.form.value': {
    message: 'Value',
    description: 'Field of the add-cookie form.',
  },
  'ui.form.domain': {
    message: 'Domain',
    description: 'Field of the add-cookie form.',
  },
  'ui.form.path': {
    message: 'Path',
    description: 'Field of the add-cookie form.',
  },
  'ui.form.expiresIn': {
    message: 'Expires in (seconds)',
    description: 'Field of the add-cookie form: seconds until it expires.',
  },
  'ui.form.sessionPlaceholder': {
    message: 'empty: session',
    description: 'Placeholder of that field: left empty, the cookie is a session cookie.',
  },
  'ui.form.domainHint': {
    message:
      'A domain as it is makes a host-only cookie; start it with a dot (.shop.test) to share it with subdomains.',
    description: 'Hint under the domain field. Keep .shop.test.',
  },
  'ui.form.warnings': {
    message: 'Before you add it',
    description: 'Accessible name of the list of warnings about the cookie being added.',
  },
  'ui.form.sameSiteUnset': {
    message: 'not set',
    description: 'The SameSite choice that leaves the attribute out.',
  },
  'ui.form.submit': {
    message: 'Add to the store',
    description: 'Button that adds the cookie.',
  },
  'ui.form.save': {
    message: 'Save',
    description: 'Button that saves an edited value.',
  },
  'ui.form.newValue': {
    message: 'New value for {cookie}',
    description: 'Accessible name of the field of an edited value.',
  },
  'ui.form.unsaved': {
    message: 'Unsaved value',
    description: 'Accessible name of an edit whose cookie left the store.',
  },
  'ui.form.error.noName': {
    message: 'Give the cookie a name.',
    description: 'Error of the add-cookie form.',
  },
  'ui.form.error.badName': {
    message: 'A cookie name holds letters, digits and a few symbols: no spaces, "=", ";" or ",".',
    description: 'Error of the add-cookie form.',
  },
  'ui.form.error.noDomain': {
    message: 'Give the cookie a domain, like 127.0.0.1.',
    description: 'Error of the add-cookie form.',
  },
  'ui.form.error.badPath': {
    message: 'A cookie path starts with /.',
    description: 'Error of the add-cookie form.',
  },
  'ui.form.error.badExpiry': {
    message: 'Expires in: a whole number of seconds, or empty for a session cookie.',
    description: 'Error of the add-cookie form.',
  },
  'ui.badge.delete': {
    message: '{attribute} (delete)',
    description:
      'A badge of a Set-Cookie line whose Max-Age or Expires deletes the cookie. {attribute}: such as Max-Age=0 (keep).',
  },
  'ui.badge.expiresUnreadable': {
    message: 'Expires unreadable',
    description: 'A badge of a Set-Cookie line whose Expires date cannot be read. Keep Expires.',
  },
  'ui.badge.expiresPast': {
    message: 'Expires in the past (delete)',
    description: 'A badge of a Set-Cookie line whose Expires has passed. Keep Expires.',
  },
  'ui.badge.expiresIn': {
    message: 'Expires in {time}',
    description: 'A badge of a Set-Cookie line. {time}: such as "2 h 10 min". Keep Expires.',
  },
} as const satisfies Record<`ui.${string}`, CatalogueEntry>
