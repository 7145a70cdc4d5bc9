// The store inspector's explanations, in English: a cookie's partition (CHIPS) and where it
// came from, why a cookie is listed under "with an issue", and warnings about a cookie added by
// hand. Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { InspectorMessageId } from '../message-ids'

const ISSUE = 'The store inspector, under a cookie listed as having an issue.'

export const inspectorEn = {
  'inspector.partition.summary': {
    message: 'Partitioned: only inside pages of {topLevelSite}',
    description:
      'The store inspector, under a partitioned (CHIPS) cookie; a full stop follows. {topLevelSite}: the site of the top-level page, e.g. https://shop.test.',
  },
  'inspector.partition.crossSite': {
    message:
      '{domain} set it from a frame inside a page of {topLevelSite}, with another site above it (a cross-site ancestor). It goes back to {domain} only there, in such frames on pages of {topLevelSite}; {domain} opened on its own, or framed by any other site, has a separate jar.',
    description:
      'The store inspector: what a partition key with a cross-site ancestor means. {domain}: the cookie domain; {topLevelSite}: the top-level site.',
  },
  'inspector.partition.sameSite': {
    message:
      '{domain} set it inside a page of {topLevelSite}, with no other site in between. It goes back to {domain} only within pages of {topLevelSite}; anywhere else {domain} has a separate jar.',
    description:
      'The store inspector: what a partition key without a cross-site ancestor means. {domain}: the cookie domain; {topLevelSite}: the top-level site.',
  },
  'inspector.partition.opaque': {
    message:
      'Partitioned, in a partition Chromium cannot name: the top-level page had no real origin (a sandboxed frame, a data: URL)',
    description:
      'The store inspector, under a partitioned cookie whose partition key is opaque. A full stop follows.',
  },
  'inspector.source': {
    message:
      '{scheme, select, Secure {set over https} NonSecure {set over http} Unset {scheme not recorded} other {scheme {scheme}}}{port, select, unknown {} other {, port {port}}}',
    description:
      'The store inspector: the origin that set the cookie. {scheme}: CDP CookieSourceScheme (Secure, NonSecure, Unset, or a newer raw code); {port}: a port number, or "unknown".',
  },
  'inspector.issue.notSent': {
    message: 'Not sent with {entry}: {reasons}.',
    description: `${ISSUE} {entry}: a timeline label like #12; {reasons}: why the browser held it back, in words.`,
  },
  'inspector.issue.setRefused': {
    message: 'A new value on {entry} was refused ({reasons}); the store still holds this one.',
    description: `${ISSUE} {entry}: a timeline label like #12; {reasons}: why, in words.`,
  },
  'inspector.issue.sameSiteNoneWithoutSecure': {
    message:
      'SameSite=None without Secure: Chromium neither stores nor sends such a cookie cross-site. Add Secure and use https.',
    description: ISSUE,
  },
  'inspector.issue.valueBytes': {
    message:
      'The value holds characters outside plain ASCII. They travel as UTF-8 bytes, which many servers (Flask among them) read as Latin-1: “é” arrives as “Ã©”. Percent-encode the value instead.',
    description: ISSUE,
  },
  'inspector.issue.chromium': {
    message: 'Chromium flagged it on {entry}: {reasons}.',
    description: `${ISSUE} {entry}: a timeline label like #12; {reasons}: Chromium's cookie warnings and exclusions, in words.`,
  },
  'inspector.issue.nearSizeLimit': {
    message:
      'Name and value take {bytes} of the {max} bytes a browser keeps for one cookie: a little more and it is refused.',
    description: `${ISSUE} {bytes}: the cookie's size; {max}: the browser's limit.`,
  },
  'inspector.add.noPageThere': {
    message:
      'No page the pane shows is on {domain}: the tutorial server answers only to localhost, 127.0.0.1 and *.test names, and the pane has not opened {domain}. The cookie can go into the store, but no request will carry it unless the pane visits {domain}.',
    description:
      'The add-cookie form and the inspector after adding: a warning about a domain the pane never reaches. {domain}: the domain typed.',
  },
  'inspector.add.ipIsHostOnly': {
    message:
      '{address} is an IP address, which has no subdomains: Chromium stores this cookie host-only for {address}, as if Domain were left out.',
    description:
      'The add-cookie form and the inspector after adding: a leading dot before an IP address is ignored. {address}: the IP address.',
  },
  'inspector.add.added': {
    message: '{name} is in the store. {warnings}',
    description:
      'The store inspector, right after the learner added a cookie that has a warning. {name}: the cookie name; {warnings}: the warnings, in words.',
  },
  'inspector.decode.invalid': {
    message: 'not valid percent-encoding: shown as stored',
    description:
      'The store inspector, next to a value when "decode %xx" is on and the value cannot be decoded.',
  },
  'inspector.draft.editKept': {
    message:
      'Your new value for {name}, “{value}”, is not saved yet and is kept: back to live, it is there to save or cancel.',
    description:
      'The store inspector while it shows a past store (time travel), where nothing can be edited: an edit begun on the live store waits. {name}: the cookie name; {value}: the text typed so far.',
  },
  'inspector.draft.addKept': {
    message:
      'The cookie you were adding is not saved yet and is kept: back to live, the form is there as you left it.',
    description:
      'The store inspector while it shows a past store (time travel): the add-cookie form, half filled in, waits.',
  },
  'inspector.draft.cookieGone': {
    message:
      '{name} is no longer in the store: it went while you were editing it. Your value is kept: Save puts the cookie back with it, Cancel drops it.',
    description:
      'The store inspector: the cookie whose value the learner is editing was removed meanwhile (by a page, its expiry, or Clear all). {name}: the cookie name.',
  },
  'inspector.draft.valueChanged': {
    message: 'Changed since you began: the store now holds “{value}”. Save replaces it with yours.',
    description:
      'The store inspector, under a value being edited, when a page changed the cookie meanwhile. {value}: the value the store holds now.',
  },
  'inspector.draft.otherEditOpen': {
    message: 'Save or cancel the value you are editing for {name} first.',
    description:
      'The store inspector: tooltip of a disabled Edit button while another cookie has a half-typed value. {name}: the cookie being edited.',
  },
} as const satisfies Record<InspectorMessageId, CatalogueEntry>
