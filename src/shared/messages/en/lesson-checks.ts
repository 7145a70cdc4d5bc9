// A lesson step's checks in English: what each check expects, and what capture showed instead,
// for the player (passed / not yet) and `npm run lesson -- verify`. Part of the one English
// catalogue (`../catalogue-en.ts`). Cookie names, values, paths and reason codes stay as they are
// on the wire.

import type { CatalogueEntry } from '../catalogue-entry'
import type { LessonCheckMessageId } from '../message-ids'

const REQUEST =
  '{request}: the request as "GET /getcookie" or "POST www.shop.test/setcookie" (method and host only when the lesson names them).'
const ANY = 'A parameter with the value "any" means the check does not ask for it.'

export const lessonChecksEn = {
  'check.expect.exchange': {
    message: '{request} is answered{status, select, any {} other { with {status}}}',
    description: `A check: the request was made and answered. ${REQUEST} {status}: an HTTP status. ${ANY}`,
  },
  'check.expect.stored': {
    message: 'the response to {request} stores {cookie}{value, select, any {} other {={value}}}',
    description: `A check: the Set-Cookie line for the cookie was stored. ${REQUEST} ${ANY}`,
  },
  'check.expect.refused': {
    message:
      'the response to {request} has its {cookie} line refused{reason, select, any {} other { ({reason})}}',
    description: `A check: the browser refused the Set-Cookie line. {reason}: a browser reason code such as SameSiteNoneInsecure. ${REQUEST} ${ANY}`,
  },
  'check.expect.sent': {
    message: 'the request {request} sends {cookie}{value, select, any {} other {={value}}}',
    description: `A check: the request's Cookie header carried the cookie. ${REQUEST} ${ANY}`,
  },
  'check.expect.notSent': {
    message:
      'the request {request} does not send {cookie}{reason, select, any {} other { ({reason})}}',
    description: `A check: the request's Cookie header did not carry the cookie. {reason}: the browser's reason code. ${REQUEST} ${ANY}`,
  },
  'check.expect.storeHas': {
    message:
      'the store holds {cookie}{value, select, any {} other {={value}}}{domain, select, any {} other { on {domain}}}{attributes, select, any {} other { ({attributes})}}',
    description: `A check on the browser's cookie store. {attributes}: attribute names as in Set-Cookie (HttpOnly, Secure, SameSite=Lax) and "session", comma-separated. ${ANY}`,
  },
  'check.expect.storeLacks': {
    message: 'the store holds no {cookie}{domain, select, any {} other { on {domain}}}',
    description: `A check: the browser's cookie store does not hold the cookie. ${ANY}`,
  },
  'check.expect.scriptWrote': {
    message: 'a script in the page writes {cookie}',
    description: 'A check: document.cookie (a script) changed the cookie; no response did.',
  },
  'check.seen.noRequest': {
    message: 'no such request yet',
    description: 'What capture showed for a check about a request: the request was not made.',
  },
  'check.seen.answered': {
    message: '{status, select, pending {no answer yet} other {answered {status}}}',
    description: '{status}: an HTTP status, or "pending" while the response has not come.',
  },
  'check.seen.noLine': {
    message: 'its response has no Set-Cookie line for that cookie',
    description: 'What capture showed: the response did not set the cookie the check is about.',
  },
  'check.seen.lineStored': {
    message: 'stored, with the value "{value}"',
    description: 'What capture showed: the Set-Cookie line was stored. {value}: its value.',
  },
  'check.seen.lineRefused': {
    message: 'refused: {reasons}',
    description: "{reasons}: the browser's reason codes, comma-separated.",
  },
  'check.seen.lineNotStored': {
    message: 'not stored, no reason given (likely cause, inferred: {inferred})',
    description: '{inferred}: the code of the cause capture inferred from the line itself.',
  },
  'check.seen.lineUnknown': {
    message: 'its response headers were not seen, so the verdict is unknown',
    description: 'What capture showed: the raw response headers were never observed.',
  },
  'check.seen.cookieSent': {
    message: 'sent, with the value "{value}"',
    description: 'What capture showed: the request carried the cookie. {value}: its value.',
  },
  'check.seen.cookieNotSent': {
    message: 'not sent{reasons, select, none {} other { ({reasons})}}',
    description:
      '{reasons}: the browser\'s reason codes, comma-separated, or "none" when it held none back.',
  },
  'check.seen.storeHolds': {
    message: 'the store holds it on {domain}, with the value "{value}"',
    description: "What the browser's cookie store holds for the cookie the check is about.",
  },
  'check.seen.storeLacks': {
    message: 'the store does not hold it',
    description: "The browser's cookie store does not hold the cookie the check is about.",
  },
  'check.seen.scriptWrote': {
    message: 'a script wrote it',
    description: 'What capture showed: a store change no response explains.',
  },
  'check.seen.noScriptWrite': {
    message: 'no script wrote it yet',
    description: 'What capture showed: no script changed the cookie since the step began.',
  },
} satisfies Record<LessonCheckMessageId, CatalogueEntry>
