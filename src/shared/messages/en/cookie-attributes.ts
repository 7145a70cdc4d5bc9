// Every cookie attribute in one plain sentence, in English: the detail view's attribute table,
// for a Set-Cookie line (what the server asked for) and for a cookie in the store (what the
// browser kept), and the spans of time those sentences read ("1 hour 30 minutes"). The module
// that picks a sentence is `../../explain/cookie-attributes.ts`. Part of the one English
// catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { CookieAttributeMessageId } from '../message-ids'

const TABLE =
  'The detail view, in the table that explains each attribute of a cookie: the right-hand column, one sentence for the attribute on its left.'
const LABEL =
  'The detail view, in the left-hand column of the table that explains each attribute of a cookie. Attribute names (Domain, Path, Secure, …) stay as on the wire.'
const WIRE =
  'Attribute names, values and header text (Secure, HttpOnly, SameSite=Lax, Path=/, Max-Age, Expires, document.cookie, https://) stay as they are.'
const DURATION =
  'A span of time inside an attribute sentence ("Deleted {duration} after it was set"). {count}: a whole number.'

export const cookieAttributesEn = {
  'attr.label.noDomain': {
    message: 'no Domain',
    description: `${LABEL} The line (or cookie) has no Domain attribute.`,
  },
  'attr.label.noPath': {
    message: 'no Path',
    description: `${LABEL} The Set-Cookie line has no Path attribute.`,
  },
  'attr.label.noSecure': {
    message: 'no Secure',
    description: `${LABEL} The cookie lacks the Secure flag.`,
  },
  'attr.label.noHttpOnly': {
    message: 'no HttpOnly',
    description: `${LABEL} The cookie lacks the HttpOnly flag.`,
  },
  'attr.label.noSameSite': {
    message: 'no SameSite',
    description: `${LABEL} The cookie has no SameSite attribute.`,
  },
  'attr.label.noLifetime': {
    message: 'no Expires/Max-Age',
    description: `${LABEL} The Set-Cookie line has neither Expires nor Max-Age.`,
  },
  'attr.label.prefix': {
    message: '{prefix} prefix',
    description: `${LABEL} {prefix}: the cookie name's prefix as written, e.g. "__Host-".`,
  },
  'attr.label.host': {
    message: 'host {domain}',
    description: `${LABEL} A host-only cookie in the store; {domain}: the host it belongs to, e.g. "shop.test".`,
  },
  'attr.label.session': {
    message: 'session',
    description: `${LABEL} A cookie in the store without an expiry date: a session cookie.`,
  },
  'attr.label.expires': {
    message: 'expires {date, date, medium}, {date, time, short}',
    description: `${LABEL} A cookie in the store that expires; {date}: the moment (milliseconds since 1970), written as the language writes dates and times.`,
  },
  'attr.label.size': {
    message: '{bytes, plural, one {# byte} other {# bytes}}',
    description: `${LABEL} The size of a cookie in the store: its name and value, in bytes.`,
  },
  'attr.pair.value': {
    message:
      'The browser keeps the value {value} under the name {name} and sends back {name}={value} with each matching request.',
    description: `${TABLE} For the name=value pair. {name}, {value}: the cookie's name and value, as written.`,
  },
  'attr.pair.empty': {
    message: 'The cookie {name} with an empty value: the browser sends back just "{name}=".',
    description: `${TABLE} For a name=value pair whose value is empty. {name}: the cookie's name.`,
  },
  'attr.pair.quoted': {
    message:
      'The double quotes are part of the value the browser keeps and sends back. Werkzeug quotes values that hold spaces or special characters, and Flask strips the quotes again when it reads {name}.',
    description: `${TABLE} For a value in double quotes. {name}: the cookie's name. Werkzeug and Flask are the tutorial server's Python libraries.`,
  },
  'attr.domain.hostOnly': {
    message: 'Host-only: sent back only to {host} itself, not to its subdomains.',
    description: `${TABLE} For a line without Domain. {host}: the host of the URL that set it, e.g. "127.0.0.1".`,
  },
  'attr.domain.hostOnlyUnnamed': {
    message: 'Host-only: sent back only to the host that set it, not to its subdomains.',
    description: `${TABLE} For a line without Domain, when the URL that set it is not known.`,
  },
  'attr.domain.shared': {
    message: 'Sent to {domain} and to every subdomain of it (www.{domain}, api.{domain}, …).',
    description: `${TABLE} For Domain=… {domain}: the domain without a leading dot, e.g. "shop.test".`,
  },
  'attr.stored.hostOnly': {
    message: 'Host-only (set without Domain): sent only to {domain} itself, not to its subdomains.',
    description: `${TABLE} For a host-only cookie in the store. {domain}: its host, e.g. "shop.test".`,
  },
  'attr.path.everywhere': {
    message: 'Sent to every path on the site.',
    description: `${TABLE} For Path=/.`,
  },
  'attr.path.under': {
    message: 'Sent only to URLs under {path} ({path} itself and {path}/…), never to other paths.',
    description: `${TABLE} For Path=… other than /. {path}: the path, e.g. "/john".`,
  },
  'attr.noPath.root': {
    message: 'Defaults to /, the folder of the URL that set it: sent to every path on the site.',
    description: `${TABLE} For a line without Path, set by a URL at the top of the site.`,
  },
  'attr.noPath.under': {
    message:
      'Defaults to {path}, the folder of the URL that set it: sent only to URLs under {path} ({path} itself and {path}/…), never to other paths.',
    description: `${TABLE} For a line without Path. {path}: the folder of the URL that set it, e.g. "/john".`,
  },
  'attr.maxAge.now': {
    message: 'Deleted at once: a Max-Age of zero or less tells the browser to drop the cookie.',
    description: `${TABLE} For Max-Age=0 or a negative Max-Age.`,
  },
  'attr.maxAge.after': {
    message: 'Deleted {duration} after it was set, even if the browser stays open.',
    description: `${TABLE} For Max-Age=… {duration}: a span of time in words, e.g. "1 hour 30 minutes".`,
  },
  'attr.expires.ignored': {
    message:
      'Ignored by modern browsers because Max-Age wins when both are given; Werkzeug writes both for very old browsers.',
    description: `${TABLE} For Expires=… on a line that has Max-Age too. ${WIRE}`,
  },
  'attr.expires.unreadable': {
    message: 'A date the browser cannot read, so it ignores it: the cookie lives for the session.',
    description: `${TABLE} For Expires=… with a date that does not parse.`,
  },
  'attr.expires.past': {
    message:
      "A date in the past: the browser deletes the cookie at once. This is how Flask deletes a cookie: set_cookie(name, '', expires=0).",
    description: `${TABLE} For Expires=… in the past. set_cookie(name, '', expires=0) is Python code, not translated.`,
  },
  'attr.expires.until': {
    message:
      'Kept until that moment, about {duration} after it was set, even across browser restarts.',
    description: `${TABLE} For Expires=… in the future. {duration}: a span of time in words, e.g. "2 hours".`,
  },
  'attr.session': {
    message: 'A session cookie: gone when the browser session ends.',
    description: `${TABLE} For a cookie without Expires or Max-Age.`,
  },
  'attr.stored.expired': {
    message: 'Already past: the browser drops it the next time it looks at its cookies.',
    description: `${TABLE} For a cookie in the store whose expiry has passed.`,
  },
  'attr.stored.expiresIn': {
    message: 'Deleted in {duration}, even if the browser stays open.',
    description: `${TABLE} For a cookie in the store that expires. {duration}: the time left, in words, e.g. "90 seconds".`,
  },
  'attr.stored.size': {
    message: 'Name and value take {bytes} of the {max} bytes a browser keeps for one cookie.',
    description: `${TABLE} For a cookie's size. {bytes}: its name and value's size; {max}: the browser's limit (4096).`,
  },
  'attr.secure.yes': {
    message:
      'Sent only over https:// (browsers also trust http://localhost), so nobody on the network can read it on the way.',
    description: `${TABLE} For Secure. ${WIRE}`,
  },
  'attr.secure.no': {
    message: 'Sent over plain http:// as well as https://.',
    description: `${TABLE} For a cookie without Secure.`,
  },
  'attr.httpOnly.yes': {
    message: "JavaScript's document.cookie cannot see it: it travels only in HTTP headers.",
    description: `${TABLE} For HttpOnly. ${WIRE}`,
  },
  'attr.httpOnly.no': {
    message: 'Scripts on the page can read and change it through document.cookie.',
    description: `${TABLE} For a cookie without HttpOnly.`,
  },
  'attr.sameSite.unset': {
    message:
      'Chromium treats it as SameSite=Lax: sent when following a link from another site, not with cross-site images, frames or fetches. Cross-site POSTs: only in the first two minutes after it was set, Chromium sends it with a top-level POST from another site too (the "Lax+POST" allowance, so a login through another site still works); after that, never.',
    description: `${TABLE} For a cookie without SameSite. "Lax+POST" is Chromium's name for the allowance. ${WIRE}`,
  },
  'attr.sameSite.strict': {
    message:
      'Sent only with requests that start on this same site, not even when someone follows a link here from another site.',
    description: `${TABLE} For SameSite=Strict.`,
  },
  'attr.sameSite.lax': {
    message:
      'Sent with same-site requests and when following a link from another site, but not with cross-site images, frames, fetches or POSTs.',
    description: `${TABLE} For SameSite=Lax.`,
  },
  'attr.sameSite.none': {
    message: 'Sent with cross-site requests too: any site can make the browser send it.',
    description: `${TABLE} For SameSite=None on a Secure cookie.`,
  },
  'attr.sameSite.noneInsecure': {
    message:
      'Meant to be sent cross-site, but SameSite=None is only accepted with Secure: without it the browser rejects the cookie.',
    description: `${TABLE} For SameSite=None on a cookie without Secure. ${WIRE}`,
  },
  'attr.sameSite.unknown': {
    message:
      '"{value}" is not a SameSite value the browser knows, so it ignores it and treats the cookie as Lax.',
    description: `${TABLE} For SameSite=… with a value other than Strict, Lax or None. {value}: that value as written.`,
  },
  'attr.partitioned': {
    message:
      'Kept in a separate jar for each top-level site that embeds this one (CHIPS); it needs Secure.',
    description: `${TABLE} For Partitioned. CHIPS: the name of the standard ("Cookies Having Independent Partitioned State"), not translated.`,
  },
  'attr.prefix.secure': {
    message:
      'The browser accepts this name only with Secure, so the cookie was set over a secure connection (https://, or localhost).',
    description: `${TABLE} For a cookie whose name starts with __Secure-: what the prefix guarantees.`,
  },
  'attr.prefix.host': {
    message:
      'The browser accepts this name only with Secure, Path=/ and no Domain: the cookie belongs to this one host and every path on it, and no subdomain or sibling could have set it.',
    description: `${TABLE} For a cookie whose name starts with __Host-: what the prefix guarantees.`,
  },
  'attr.prefix.http': {
    message:
      'The browser accepts this name only with Secure and HttpOnly: a server set it over a secure connection, and no script on the page can have written or read it.',
    description: `${TABLE} For a cookie whose name starts with __Http-: what the prefix guarantees.`,
  },
  'attr.prefix.hostHttp': {
    message:
      'The browser accepts this name only with Secure, HttpOnly, Path=/ and no Domain: this one host’s server set it over a secure connection, and no script, subdomain or sibling can have.',
    description: `${TABLE} For a cookie whose name starts with __Host-Http-: what the prefix guarantees.`,
  },
  'attr.prefix.broken': {
    message: '{promise} This line lacks {broken}, so the browser refuses it.',
    description: `${TABLE} For a prefixed cookie whose line breaks the prefix's rules. {promise}: one of the "attr.prefix.*" sentences; {broken}: the attributes the line lacks, listed ("Secure", "HttpOnly", "Path=/", and "attr.label.noDomain").`,
  },
  'duration.days': {
    message: '{count, plural, one {# day} other {# days}}',
    description: DURATION,
  },
  'duration.hours': {
    message: '{count, plural, one {# hour} other {# hours}}',
    description: DURATION,
  },
  'duration.minutes': {
    message: '{count, plural, one {# minute} other {# minutes}}',
    description: DURATION,
  },
  'duration.seconds': {
    message: '{count, plural, one {# second} other {# seconds}}',
    description: DURATION,
  },
  'duration.two': {
    message: '{larger} {smaller}',
    description:
      'A span of time in two units, the larger first, e.g. "1 hour 30 minutes". {larger}, {smaller}: each a "duration.*" message.',
  },
} satisfies Record<CookieAttributeMessageId, CatalogueEntry>
