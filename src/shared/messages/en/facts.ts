// The sentences for the facts core reports (`../facts.ts`), in English. Part of the one English
// catalogue (`../catalogue-en.ts`); see there for how messages are written.

import type { FactCode } from '../facts'
import type { CatalogueEntry } from '../catalogue-entry'

export const factsEn = {
  // -- what is odd about a Set-Cookie line (timeline chip and detail view) -----------------------
  lineEmpty: {
    message: 'The line is empty.',
    description: 'A Set-Cookie header line the server sent holds nothing.',
  },
  noNameValuePair: {
    message: 'The line has no name=value pair to read.',
    description: 'A Set-Cookie line cannot be read as a cookie. "name=value" stays as it is.',
  },
  expiresUnreadable: {
    message: 'Expires={expires} is not a date the browser can read, so it is ignored.',
    description:
      'A Set-Cookie line has an Expires attribute that is not a date. {expires}: what the server wrote.',
  },
  sameSiteUnknown: {
    message: 'SameSite={sameSite} is not Strict, Lax or None, so the browser ignores it.',
    description:
      'A Set-Cookie line has an unknown SameSite value. {sameSite}: what the server wrote. Strict, Lax and None stay in English.',
  },
  lineBreak: {
    message: 'It contains a line break (CR or LF).',
    description: 'A Set-Cookie line holds a carriage return or line feed character.',
  },
  nulByte: {
    message: 'It contains a NUL byte.',
    description: 'A Set-Cookie line holds the byte 0.',
  },
  controlCharacters: {
    message:
      'It contains the {count, plural, one {control character} other {control characters}} {codes}, which browsers refuse.',
    description:
      'A Set-Cookie line holds control characters. {codes}: their byte values such as "0x01, 0x7f"; {count}: how many.',
  },
  nonAsciiNotUtf8: {
    message:
      'It contains non-ASCII bytes that are not UTF-8 (Latin-1, say): Chromium keeps the value only up to the first such byte, and other readers disagree on the text.',
    description: 'A Set-Cookie line holds bytes above 127 that do not form UTF-8 text.',
  },
  nonAsciiUtf8: {
    message: 'It contains non-ASCII characters (as UTF-8 bytes); cookies are meant to be ASCII.',
    description: 'A Set-Cookie line holds non-English characters, sent as UTF-8.',
  },
  noEquals: {
    message: 'It has no "=", so the browser reads it as a value with an empty name.',
    description: 'A Set-Cookie line whose first part has no equals sign.',
  },
  emptyName: {
    message: 'Its name is empty.',
    description: 'A Set-Cookie line sets a cookie whose name is empty ("=value").',
  },
  nameValueTooLong: {
    message: 'Its name and value are {bytes} bytes together, over the {max} bytes browsers accept.',
    description:
      'A Set-Cookie line is too long. {bytes}: the bytes of its name and value; {max}: the limit (4096).',
  },

  // -- what the store holds, where it differs from what the Set-Cookie line asked ---------------
  heldValueCut: {
    message:
      'The store holds the value “{held}”: Chromium cut it at the byte {byte}, which is not UTF-8. The line asked for “{asked}”.',
    description:
      'The detail of a Set-Cookie line. {held}: the value the browser kept; {asked}: the value on the line; {byte}: the first byte it dropped, like "0xE9".',
  },
  heldValueDiffers: {
    message: 'The store holds the value “{held}”; the line asked for “{asked}”.',
    description:
      'The detail of a Set-Cookie line whose stored value differs. {held}: stored; {asked}: on the line.',
  },
  heldExpiryCapped: {
    message:
      'Capped at {days} days: the line asked to keep it until {asked, date, medium}, the store keeps it until {held, date, medium}. Chromium lets no cookie live longer than {days} days, whatever Expires or Max-Age say.',
    description:
      'The detail of a Set-Cookie line whose lifetime the browser shortened. {asked}, {held}: the two dates; {days}: 400.',
  },
  heldDomainNormalised: {
    message: 'The line wrote Domain={asked}; the store holds it for {held}.',
    description:
      'The detail of a Set-Cookie line whose domain the browser rewrote (lower case, a leading dot). {asked}: as written; {held}: as stored.',
  },
  heldHostOnly: {
    message:
      'Domain={asked} names this very host, which is an IP address (or has no registrable domain): the store keeps it host-only, for {host} alone, as if the line had no Domain.',
    description:
      'The detail of a Set-Cookie line whose Domain equals the request host, such as 127.0.0.1. {asked}: the Domain written; {host}: the host.',
  },

  // -- why a Set-Cookie line is missing from the store, inferred (the browser said nothing) -----
  inferredPartitionedWithoutSecure: {
    message:
      'It is Partitioned without Secure. Chromium drops such a cookie without reporting a reason. Add Secure, and serve the page over https.',
    description:
      'The inferred cause of a Set-Cookie line the store does not hold. Partitioned and Secure stay in English.',
  },
  inferredValueNotUtf8: {
    message:
      'Its value holds bytes that are not UTF-8 (Latin-1, say): Chromium keeps no such value whole. Send cookie values as ASCII, or encode them (URL-encoding, base64).',
    description: 'The inferred cause of a Set-Cookie line the store does not hold.',
  },
  inferredPrefixRules: {
    message:
      'Its name starts with {prefix}, and the line does not keep that prefix’s rules (Secure; for __Host-, Path=/ and no Domain).',
    description:
      'The inferred cause of a Set-Cookie line the store does not hold. {prefix}: the name prefix, like "__Host-".',
  },
  inferredCrowdedSite: {
    message:
      'The site holds {count} cookies: Chromium keeps at most 180 per site and evicts the least recently used, so this one went at once.',
    description:
      'The inferred cause of a Set-Cookie line the store does not hold. {count}: the cookies the site holds.',
  },
  inferredNoCause: {
    message: 'Nothing on the line itself explains it: no rule it breaks is known here.',
    description: 'A Set-Cookie line the store does not hold, with no likely cause found.',
  },

  // -- why the browser refused an inspector edit -------------------------------------------------
  needsNameOrValue: {
    message: 'a cookie needs a name or a value',
    description: 'Reason an edit was refused, completing "The browser refused the cookie X: …".',
  },
  controlInNameOrValue: {
    message:
      'its name or value holds a line break or another control character, which cannot go into a header',
    description: 'Reason an edit was refused, completing "The browser refused the cookie X: …".',
  },
  semicolonInNameOrValue: {
    message: 'its name or value holds ";", which ends a cookie in a header',
    description: 'Reason an edit was refused, completing "The browser refused the cookie X: …".',
  },
  equalsInName: {
    message: 'its name holds "=", which separates a name from its value',
    description: 'Reason an edit was refused, completing "The browser refused the cookie X: …".',
  },
  draftTooLong: {
    message: 'its name and value are {bytes} bytes together, and browsers accept at most {max}',
    description:
      'Reason an edit was refused. {bytes}: the bytes of its name and value; {max}: the limit (4096).',
  },
  sameSiteNoneNeedsSecure: {
    message:
      'SameSite=None needs Secure, so that a cookie sent cross-site never travels over plain HTTP',
    description:
      'Reason an edit was refused. SameSite=None and Secure are attribute names: keep them in English.',
  },
  prefixNeedsSecure: {
    message: 'a name starting with {prefix} needs Secure',
    description:
      'Reason an edit was refused. {prefix}: "__Secure-" or "__Host-" as typed; Secure is an attribute name.',
  },
  prefixNeedsHttpOnly: {
    message: 'a name starting with {prefix} needs HttpOnly',
    description:
      'Reason an edit was refused. {prefix}: "__Http-" or "__Host-Http-" as typed; HttpOnly is an attribute name.',
  },
  hostPrefixNeedsRootPath: {
    message: 'a name starting with {prefix} needs Path=/ and no Domain (a host-only cookie)',
    description:
      'Reason an edit was refused. {prefix}: "__Host-" or "__Host-Http-" as typed; Path and Domain stay in English.',
  },
  needsDomain: {
    message: 'it needs a domain',
    description: 'Reason an edit was refused: the domain field is empty.',
  },
  pathNeedsSlash: {
    message: 'its path must start with "/"',
    description: 'Reason an edit was refused: the path field does not start with a slash.',
  },
  editRefused: {
    message: 'The browser refused the cookie "{name}": {reason}.',
    description:
      'Shown under the inspector\u2019s form. {name}: the cookie; {reason}: one of the reasons above.',
  },
  editRefusedBrowserSaid: {
    message:
      'The browser refused the cookie "{name}": {reason}. In its own words: “{browserSaid}”.',
    description:
      'As editRefused; {browserSaid}: the browser\u2019s own message, in English, as it gave it.',
  },
  editRefusedUnexplained: {
    message: 'The browser refused the cookie "{name}".',
    description: 'Shown under the inspector\u2019s form when no likely reason is known.',
  },
  editRefusedInvalid: {
    message:
      'The browser refused the cookie "{name}": it found the cookie invalid as given. Check the name, value, domain and path for characters a cookie may not hold.',
    description:
      'Shown under the inspector\u2019s form when the browser rejected the cookie as invalid and no likely reason is known.',
  },
  editRefusedUnexplainedBrowserSaid: {
    message: 'The browser refused the cookie "{name}". In its own words: “{browserSaid}”.',
    description:
      'As editRefusedUnexplained; {browserSaid}: the browser\u2019s own message, as it gave it.',
  },
  browserRefusedIt: {
    message: 'the browser refused it',
    description: 'Why an edit failed, completing "Could not set X: …", when no reason is known.',
  },
  editFailed: {
    message: 'it failed ({error})',
    description:
      'Why an edit failed, completing "Could not set X: …". {error}: the technical error, as given.',
  },

  // -- inspector edits on the timeline ("You edited the store: …") -------------------------------
  editSet: {
    message: 'Set {name}={value} for {domain}{path}',
    description:
      'A timeline row for a cookie set in the inspector. {value} may be cut short with "…"; {domain}{path} reads as "example.com/".',
  },
  editDelete: {
    message: 'Deleted {name} from {domain}{path}',
    description: 'A timeline row for a cookie deleted in the inspector.',
  },
  editClear: {
    message: 'Cleared every cookie',
    description: 'A timeline row for the inspector\u2019s "clear all" button.',
  },
  editSetFailed: {
    message: 'Could not set {name}={value} for {domain}{path}: {why}',
    description:
      'As editSet, when the edit failed. {why}: a reason such as "the browser refused it".',
  },
  editDeleteFailed: {
    message: 'Could not delete {name} from {domain}{path}: {why}',
    description: 'As editDelete, when the edit failed. {why}: a reason.',
  },
  editClearFailed: {
    message: 'Could not clear the cookies: {why}',
    description: 'As editClear, when the edit failed. {why}: a reason.',
  },

  // -- why the browser changed the store ("by the browser (…)") ----------------------------------
  evicted: {
    message: 'evicted',
    description: 'The browser threw a cookie out (Electron told us so). Shown in parentheses.',
  },
  evictedCrowdedSite: {
    message: 'evicted: the site had too many cookies',
    description: 'The browser threw a cookie out because the site has about 180 cookies.',
  },
  changedWhileDetached: {
    message: 'changed while capture was detached',
    description: 'A cookie changed while capture was paused, so its cause is unknown.',
  },

  // -- why an exchange failed (the timeline's status) -----------------------------------------------
  browserError: {
    message: '{errorText}',
    description:
      'The browser\u2019s own error for a failed request, such as "net::ERR_ABORTED": shown as it is.',
  },
  requestFailed: {
    message: 'The request failed.',
    description: 'A request failed and the browser gave no error text.',
  },
  // -- a HAR file being imported ---------------------------------------------------------------
  harTooLarge: {
    message:
      'This HAR file is {bytes, number} bytes; Cookie Lab reads HAR files of up to {max, number} bytes.',
    description: 'A HAR file too large to import. {bytes}, {max}: sizes in bytes.',
  },
  harUnreadable: {
    message:
      'The file cannot be read: {reason, select, ENOENT {there is no such file} EACCES {permission denied} EPERM {permission denied} EISDIR {it is a folder, not a file} other {{reason}}}.',
    description:
      'A HAR file the system would not let the app read. {reason}: the system error code (ENOENT: no such file, EACCES/EPERM: no permission, EISDIR: a folder); another code is shown as it is.',
  },
  harNotJson: {
    message: 'This file is not JSON, so it is not a HAR file (or it was cut short): {detail}',
    description:
      'A HAR file that does not parse as JSON. {detail}: the JSON parser\u2019s own words, in English, naming the position.',
  },
  harTooDeep: {
    message:
      'This file nests objects more than {max} levels deep, which no HAR writer does; it was not read.',
    description: 'A file built to exhaust a parser. {max}: the deepest nesting accepted.',
  },
  harNotHar: {
    message: 'This JSON file is not a HAR file: {detail}',
    description:
      'JSON without a HAR log (log.version, log.entries). {detail}: the field that is missing or wrong, such as "log.entries: expected array".',
  },
  harVersion: {
    message: 'This HAR file says it is version {version}; Cookie Lab reads HAR 1.1 and 1.2.',
    description: '{version}: the log.version the file gives.',
  },
  harTooManyEntries: {
    message: 'This HAR file has {count, number} entries; Cookie Lab imports up to {max, number}.',
    description: '{count}, {max}: numbers of requests.',
  },
  harEntryInvalid: {
    message: 'Entry {index, number} was left out: {detail}',
    description:
      'One entry of a HAR file could not be read (an entry without a request, say); the others were imported. {index}: the entry\u2019s position, from 0, as in the file\u2019s log.entries. {detail}: the field that is missing or wrong.',
  },
  harEntryDate: {
    message: 'Entry {index, number} has no valid date ("{value}"): its time is unknown.',
    description:
      'A HAR entry whose startedDateTime is not a date. {index}: its position from 0; {value}: the text the file gave.',
  },
  harNoVerdict: {
    message: 'the browser\u2019s verdict is not in this file (HAR has no field for it)',
    description:
      'After a Set-Cookie line of an imported HAR file that is not Cookie Lab\u2019s own: whether the browser stored the cookie is unknown.',
  },
  harCookiesWithoutHeader: {
    message:
      'Entry {index, number} lists {count, plural, one {# response cookie} other {# response cookies}} but not the Set-Cookie headers they came from (a sanitised or filtered export): its Set-Cookie lines are not shown.',
    description:
      'A HAR whose response cookie list has no matching raw Set-Cookie header; the app does not make lines up. {index}: the entry from 0; {count}: how many cookies.',
  },

  onlyRawHeaders: {
    message: 'The browser reported only raw headers for this request, not its URL or method.',
    description: 'Capture heard the headers of a request but never the request itself.',
  },

  // -- why a page could not load (the pane, and a failed request's detail) -----------------------
  netError: {
    message:
      '{name, select, ERR_NAME_NOT_RESOLVED {no host by that name could be found: it does not exist, or the name is misspelt} ERR_CONNECTION_REFUSED {nothing is listening at that address and port: the server is not running, or it runs on another port} ERR_UNSAFE_PORT {browsers never connect to that port, because it belongs to another kind of service (mail, SSH …) that web pages must not talk to; use a port such as 5000 or 8080} ERR_ABORTED {the request was stopped before it finished, usually because another navigation took its place} ERR_CONNECTION_RESET {the connection was cut off while the request was under way} ERR_CONNECTION_CLOSED {the server closed the connection without an answer} ERR_EMPTY_RESPONSE {the server closed the connection without sending anything} ERR_CONNECTION_TIMED_OUT {the server did not answer in time} ERR_TIMED_OUT {the server did not answer in time} ERR_ADDRESS_UNREACHABLE {that address cannot be reached from this computer} ERR_INTERNET_DISCONNECTED {this computer is not connected to a network} ERR_CERT_AUTHORITY_INVALID {the site\u2019s certificate is not signed by anyone the browser trusts} ERR_CERT_COMMON_NAME_INVALID {the site\u2019s certificate is for another host name} ERR_CERT_DATE_INVALID {the site\u2019s certificate has expired or is not valid yet} ERR_SSL_PROTOCOL_ERROR {no secure connection could be set up (is it a plain http:// server behind an https:// address?)} ERR_TOO_MANY_REDIRECTS {the page redirected too many times, most likely in a loop} ERR_BLOCKED_BY_CLIENT {the browser itself blocked the request} ERR_BLOCKED_BY_RESPONSE {the response forbade being shown here (a page that may not be framed, for example)} ERR_INVALID_URL {the address is not a valid URL} ERR_INVALID_RESPONSE {the server\u2019s answer was not valid HTTP} ERR_INVALID_HTTP_RESPONSE {the server\u2019s answer was not valid HTTP} ERR_RESPONSE_HEADERS_TOO_BIG {the server\u2019s response headers were too large} ERR_FAILED {the request failed, and the browser gave no more precise reason} other {the browser reported a network error it has no words for here}}',
    description:
      'Why a request or a page failed, from the browser\u2019s network error {name} (such as ERR_NAME_NOT_RESOLVED). A select over error names: translate each branch; the raw name is shown next to it in small print.',
  },
  paneLoadFailed: {
    message: 'The pane could not open {url}: {why}. ({code})',
    description:
      'Under the address bar when a page did not load. {url}: the address; {why}: a "netError" sentence; {code}: the browser\u2019s error name as it gave it, such as net::ERR_UNSAFE_PORT, shown in small print.',
  },
  paneLoadFailedOther: {
    message: 'The pane could not open {url}: {detail}',
    description:
      'Under the address bar when a page did not load for a reason other than a network error. {detail}: the host\u2019s own words, in English.',
  },

  // -- the address bar ---------------------------------------------------------------------------
  targetEmpty: {
    message: 'Type a path such as /getcookie or a full http:// URL.',
    description: 'Under the address bar, when Enter was pressed on nothing. /getcookie is a path.',
  },
  targetHasSpaces: {
    message: '"{typed}" has spaces in it: type a path such as /getcookie or a full http:// URL.',
    description: 'Under the address bar. {typed}: what the learner typed.',
  },
  targetSchemeNotAllowed: {
    message:
      'The pane only opens http: and https: pages, not {scheme}: ones. Type a path such as /getcookie or a full http:// URL.',
    description:
      'Under the address bar. {scheme}: the refused scheme such as "javascript" or "file".',
  },
  targetNeitherPathNorUrl: {
    message:
      '"{typed}" is neither a path nor a URL: did you mean /{typed}? Paths start with /, full URLs with http://.',
    description: 'Under the address bar. {typed}: what the learner typed.',
  },
  targetNotOpenable: {
    message: '"{typed}" is not a URL the pane can open.',
    description: 'Under the address bar. {typed}: what the learner typed.',
  },

  // -- why capture paused -----------------------------------------------------------------------
  debuggerDetached: {
    message: 'the debugger was detached ({detail})',
    description:
      'After "Capture paused:" in a timeline row. {detail}: Electron\u2019s own words, in English, e.g. "DevTools opened".',
  },
  paneStopped: {
    message: 'the pane\u2019s page stopped ({detail})',
    description:
      'After "Capture paused:" in a timeline row. {detail}: the browser\u2019s reason, e.g. "crashed" or "oom".',
  },
  paneClosed: {
    message: 'the pane\u2019s page was closed',
    description: 'After "Capture paused:" in a timeline row.',
  },

  // -- commands the host could not carry out -----------------------------------------------------
  captureNotAttached: {
    message:
      'Cannot {command, select, set {set a cookie} delete {delete a cookie} other {clear the cookies}} right now: capture is not attached to the pane.',
    description:
      'The inspector\u2019s command came while capture was paused (the pane crashed or DevTools opened).',
  },
  captureClosed: {
    message:
      'Cannot {command, select, set {set a cookie} delete {delete a cookie} other {clear the cookies}}: the capture is closed.',
    description: 'The inspector\u2019s command came after the session ended.',
  },
  harFileGone: {
    message: 'That HAR file is no longer open: another was imported since.',
    description:
      'The UI asked for more rows of an imported HAR file after another file replaced it.',
  },
  harReaderStopped: {
    message: 'the HAR reader, which reads the file in the background, stopped before it answered.',
    description:
      'After "The file could not be read:". The window reads a HAR file in a background task (a web worker), which could not start or stopped.',
  },
  noSuchEntry: {
    message: 'There is no timeline entry {entryId}.',
    description: 'The UI asked about a timeline row the host does not have. {entryId}: its id.',
  },
  scriptOnOtherPage: {
    message: 'The script is for {expected}, but the pane shows {shown}: it did not run.',
    description:
      'A lesson step runs a script (or fills a form, clicks a link) only on the page it was written for. {expected}: that page; {shown}: the page the pane shows.',
  },
  scriptPageChanged: {
    message: 'The page changed before the script ran ({detail}).',
    description:
      'The pane went to another page while a lesson step was about to run its script. {detail}: the browser\u2019s words, in English.',
  },
  scriptFailedInPage: {
    message: 'The script failed in the page: {thrown}',
    description:
      'A lesson step\u2019s script (or form or link action) threw an error in the page. {thrown}: the error as the browser shows it, in English (e.g. "Error: no form on the page").',
  },
  noSuchLesson: {
    message: 'This window holds no lesson {ref}: open the lesson again.',
    description:
      'The player asked the host to run a lesson it does not hold. {ref}: the host\u2019s handle, like "file:3".',
  },
  noSuchLessonStep: {
    message: 'The lesson {ref} has no step {stepId}.',
    description:
      'The player asked for a step the lesson does not have. {ref}: the lesson\u2019s handle; {stepId}: the step\u2019s id in the lesson file.',
  },
  lessonStepLeftToLearner: {
    message: 'The step {stepId} is for the learner to do in the page: the app has nothing to run.',
    description:
      'The player asked the app to run a step whose action the lesson leaves to the learner. {stepId}: the step\u2019s id.',
  },
  lessonActionBusy: {
    message: 'A lesson step is still running: wait for it to finish.',
    description:
      'The player asked to run a step while one step\u2019s action was running and another was waiting for it.',
  },
  lessonActionFailed: {
    message: 'The step could not be run: {detail}',
    description:
      'Running a lesson step\u2019s action in the page failed. {detail}: what the page or the browser said, in English (e.g. "no form #login").',
  },
  hostGaveNoReason: {
    message: 'Something went wrong, and the host gave no reason.',
    description: 'A command failed without any message.',
  },
} as const satisfies Record<FactCode, CatalogueEntry>
