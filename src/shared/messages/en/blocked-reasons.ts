// Chromium's terse cookie verdicts (CDP `CookieBlockedReason`, `SetCookieBlockedReason`) in plain
// English: a chip's few words, what happened ("Not sent because …"), and the fix. Part of the one
// English catalogue (`../catalogue-en.ts`). Attribute names (Secure, SameSite, Domain, Path) and
// Flask code (secure=True) are what the learner types: a translation keeps them as they are.

import type { CatalogueEntry } from '../catalogue-entry'
import type { BlockedReasonMessageId } from '../message-ids'

export const blockedReasonsEn = {
  'blocked.lead.request': {
    message: 'Not sent because {because}',
    description:
      'Why a cookie was not sent with a request. {because}: one of the "blocked.*.because" messages.',
  },
  'blocked.lead.rule': {
    message: 'Not sent, and that is the cookie’s own rule at work: {because}',
    description:
      'Why a cookie was not sent when its own Path, Domain, port or scheme keeps it from this URL: the cookie working as intended, not a problem. {because}: one of the "blocked.*.because" messages.',
  },
  'blocked.lead.response': {
    message: 'Not stored because {because}',
    description:
      'Why a Set-Cookie line was not stored. {because}: one of the "blocked.*.because" messages.',
  },
  'blocked.unknown.because': {
    message: 'the browser reported “{reason}”, a reason Cookie Lab has no words for yet.',
    description:
      'A blocked reason without words of its own. {reason}: its name, such as "NewReason".',
  },
  'blocked.unknown.fix': {
    message: "Look up “{reason}” in Chrome DevTools' list of cookie blocked reasons.",
    description: 'The fix for a blocked reason without words of its own. {reason}: its name.',
  },
  'blocked.SecureOnly.summary': {
    message: 'Secure cookie on plain http://',
    description: 'A few words on the chip of a cookie blocked for SecureOnly.',
  },
  'blocked.SecureOnly.because': {
    message:
      'the cookie is marked Secure, and Secure cookies travel only over https:// (or to localhost), but this request used plain http://.',
    description: 'Completes "Not sent because …" for SecureOnly.',
  },
  'blocked.SecureOnly.becauseOnResponse': {
    message:
      'the cookie is marked Secure, and only a secure page (https://, or localhost) may set a Secure cookie; this response came over plain http://.',
    description: 'Completes "Not stored because …" for SecureOnly, on a Set-Cookie line.',
  },
  'blocked.SecureOnly.fix': {
    message:
      'Use https:// (browsers also trust http://localhost), or leave out Secure (secure=False) while you experiment.',
    description:
      'How to fix a cookie blocked for SecureOnly. Flask code and attribute names stay as they are.',
  },
  'blocked.NotOnPath.summary': {
    message: 'not for this path',
    description: 'A few words on the chip of a cookie blocked for NotOnPath.',
  },
  'blocked.NotOnPath.because': {
    message:
      "this URL is not under the cookie's Path: a cookie with Path=/john goes only to /john and the paths below it.",
    description: 'Completes "Not sent because …" for NotOnPath.',
  },
  'blocked.NotOnPath.fix': {
    message:
      "Set the cookie with Path=/ (Flask's default) to send it everywhere on the site, or visit a URL under its path.",
    description:
      'How to fix a cookie blocked for NotOnPath. Flask code and attribute names stay as they are.',
  },
  'blocked.DomainMismatch.summary': {
    message: 'not for this host',
    description: 'A few words on the chip of a cookie blocked for DomainMismatch.',
  },
  'blocked.DomainMismatch.because': {
    message:
      "the cookie's domain does not match this request's host. A cookie set without Domain goes back only to the exact host that set it.",
    description: 'Completes "Not sent because …" for DomainMismatch.',
  },
  'blocked.DomainMismatch.fix': {
    message:
      'Visit the host that set it, or set it with Domain=parent (Flask: domain=…) so subdomains share it.',
    description:
      'How to fix a cookie blocked for DomainMismatch. Flask code and attribute names stay as they are.',
  },
  'blocked.SameSiteStrict.summary': {
    message: 'SameSite=Strict, cross-site',
    description: 'A few words on the chip of a cookie blocked for SameSiteStrict.',
  },
  'blocked.SameSiteStrict.because': {
    message:
      'the cookie has SameSite=Strict and this request came from another site. Strict cookies are held back even when you follow a link from elsewhere.',
    description: 'Completes "Not sent because …" for SameSiteStrict.',
  },
  'blocked.SameSiteStrict.becauseOnResponse': {
    message:
      'the cookie has SameSite=Strict and this response answered a request from another site, so the browser would not store it.',
    description: 'Completes "Not stored because …" for SameSiteStrict, on a Set-Cookie line.',
  },
  'blocked.SameSiteStrict.fix': {
    message:
      "Use SameSite=Lax if the cookie must arrive when someone follows a link from another site (Flask: samesite='Lax'); for images, frames, fetches and form POSTs from another site only SameSite=None with Secure over https:// works (samesite='None', secure=True).",
    description:
      'How to fix a cookie blocked for SameSiteStrict. Flask code and attribute names stay as they are.',
  },
  'blocked.SameSiteLax.summary': {
    message: 'SameSite=Lax, cross-site',
    description: 'A few words on the chip of a cookie blocked for SameSiteLax.',
  },
  'blocked.SameSiteLax.because': {
    message:
      'the cookie has SameSite=Lax. Lax cookies cross sites only on a top-level GET navigation (following a link); this was a cross-site request of another kind: an image, a fetch, a frame or a POST.',
    description: 'Completes "Not sent because …" for SameSiteLax.',
  },
  'blocked.SameSiteLax.becauseOnResponse': {
    message:
      'the cookie has SameSite=Lax and this response answered a cross-site request that Lax does not allow (an image, a fetch, a frame or a POST from another site).',
    description: 'Completes "Not stored because …" for SameSiteLax, on a Set-Cookie line.',
  },
  'blocked.SameSiteLax.fix': {
    message:
      "If the cookie is meant for cross-site use, set it with SameSite=None and Secure over HTTPS (Flask: samesite='None', secure=True); otherwise make the request from the same site.",
    description:
      'How to fix a cookie blocked for SameSiteLax. Flask code and attribute names stay as they are.',
  },
  'blocked.SameSiteUnspecifiedTreatedAsLax.summary': {
    message: 'no SameSite, treated as Lax',
    description: 'A few words on the chip of a cookie blocked for SameSiteUnspecifiedTreatedAsLax.',
  },
  'blocked.SameSiteUnspecifiedTreatedAsLax.because': {
    message:
      'the cookie has no SameSite attribute, so Chromium treats it as SameSite=Lax, and this cross-site request is one that Lax does not allow. (One exception does not apply here: for two minutes after such a cookie is set, Chromium also sends it with a cross-site top-level POST, such as a login form on another site.)',
    description: 'Completes "Not sent because …" for SameSiteUnspecifiedTreatedAsLax.',
  },
  'blocked.SameSiteUnspecifiedTreatedAsLax.fix': {
    message:
      "Say what you mean: If the cookie is meant for cross-site use, set it with SameSite=None and Secure over HTTPS (Flask: samesite='None', secure=True); otherwise make the request from the same site.",
    description:
      'How to fix a cookie blocked for SameSiteUnspecifiedTreatedAsLax. Flask code and attribute names stay as they are.',
  },
  'blocked.SameSiteNoneInsecure.summary': {
    message: 'SameSite=None without Secure',
    description: 'A few words on the chip of a cookie blocked for SameSiteNoneInsecure.',
  },
  'blocked.SameSiteNoneInsecure.because': {
    message:
      'the cookie has SameSite=None but not Secure. Browsers accept SameSite=None only together with Secure, so this cookie is rejected.',
    description: 'Completes "Not sent because …" for SameSiteNoneInsecure.',
  },
  'blocked.SameSiteNoneInsecure.becauseOnResponse': {
    message:
      'the line says SameSite=None but not Secure. Browsers accept SameSite=None only together with Secure, so the cookie was thrown away.',
    description: 'Completes "Not stored because …" for SameSiteNoneInsecure, on a Set-Cookie line.',
  },
  'blocked.SameSiteNoneInsecure.fix': {
    message:
      "Add Secure (Flask: secure=True) and serve the page over https://, or drop samesite='None'.",
    description:
      'How to fix a cookie blocked for SameSiteNoneInsecure. Flask code and attribute names stay as they are.',
  },
  'blocked.UserPreferences.summary': {
    message: 'blocked by browser settings',
    description: 'A few words on the chip of a cookie blocked for UserPreferences.',
  },
  'blocked.UserPreferences.because': {
    message:
      'the browser\'s own settings block it, for example "block third-party cookies" or a rule for this site.',
    description: 'Completes "Not sent because …" for UserPreferences.',
  },
  'blocked.UserPreferences.fix': {
    message: "Check the browser's cookie settings; a site cannot override them.",
    description:
      'How to fix a cookie blocked for UserPreferences. Flask code and attribute names stay as they are.',
  },
  'blocked.ThirdPartyPhaseout.summary': {
    message: 'third-party cookie blocked',
    description: 'A few words on the chip of a cookie blocked for ThirdPartyPhaseout.',
  },
  'blocked.ThirdPartyPhaseout.because': {
    message:
      'the browser blocks third-party cookies, and this cookie belongs to a different site than the page on top.',
    description: 'Completes "Not sent because …" for ThirdPartyPhaseout.',
  },
  'blocked.ThirdPartyPhaseout.fix': {
    message:
      'Serve the cookie from the same site as the page, or mark it Partitioned (CHIPS) for embedded content.',
    description:
      'How to fix a cookie blocked for ThirdPartyPhaseout. Flask code and attribute names stay as they are.',
  },
  'blocked.ThirdPartyBlockedInFirstPartySet.summary': {
    message: 'third-party cookie blocked',
    description:
      'A few words on the chip of a cookie blocked for ThirdPartyBlockedInFirstPartySet.',
  },
  'blocked.ThirdPartyBlockedInFirstPartySet.because': {
    message:
      'third-party cookies are blocked, and being in the same related website set (First-Party Set) did not exempt this one.',
    description: 'Completes "Not sent because …" for ThirdPartyBlockedInFirstPartySet.',
  },
  'blocked.ThirdPartyBlockedInFirstPartySet.fix': {
    message: 'Serve the cookie from the same site as the page, or mark it Partitioned (CHIPS).',
    description:
      'How to fix a cookie blocked for ThirdPartyBlockedInFirstPartySet. Flask code and attribute names stay as they are.',
  },
  'blocked.SyntaxError.summary': {
    message: 'line cannot be read',
    description: 'A few words on the chip of a cookie blocked for SyntaxError.',
  },
  'blocked.SyntaxError.because': {
    message:
      'the Set-Cookie line could not be read as a cookie, for example an empty name or an attribute the browser cannot parse.',
    description: 'Completes "Not sent because …" for SyntaxError.',
  },
  'blocked.SyntaxError.fix': {
    message:
      'Send name=value followed by attributes separated by "; ", which is what set_cookie writes.',
    description:
      'How to fix a cookie blocked for SyntaxError. Flask code and attribute names stay as they are.',
  },
  'blocked.SchemeNotSupported.summary': {
    message: 'scheme cannot hold cookies',
    description: 'A few words on the chip of a cookie blocked for SchemeNotSupported.',
  },
  'blocked.SchemeNotSupported.because': {
    message: "the page's URL scheme does not support cookies; only http:// and https:// pages do.",
    description: 'Completes "Not sent because …" for SchemeNotSupported.',
  },
  'blocked.SchemeNotSupported.fix': {
    message: 'Set the cookie from an http:// or https:// page.',
    description:
      'How to fix a cookie blocked for SchemeNotSupported. Flask code and attribute names stay as they are.',
  },
  'blocked.OverwriteSecure.summary': {
    message: 'would overwrite a Secure cookie',
    description: 'A few words on the chip of a cookie blocked for OverwriteSecure.',
  },
  'blocked.OverwriteSecure.because': {
    message:
      'a Secure cookie with this name already exists, and a plain http:// page may not overwrite it.',
    description: 'Completes "Not sent because …" for OverwriteSecure.',
  },
  'blocked.OverwriteSecure.fix': {
    message: 'Set it from https://, or delete the Secure cookie first.',
    description:
      'How to fix a cookie blocked for OverwriteSecure. Flask code and attribute names stay as they are.',
  },
  'blocked.InvalidDomain.summary': {
    message: 'Domain not allowed here',
    description: 'A few words on the chip of a cookie blocked for InvalidDomain.',
  },
  'blocked.InvalidDomain.because': {
    message:
      'the Domain attribute names a domain this host may not set cookies for. It must be this host or one of its parents, and not a public suffix such as .com.',
    description: 'Completes "Not sent because …" for InvalidDomain.',
  },
  'blocked.InvalidDomain.fix': {
    message:
      'Leave Domain out (a host-only cookie), or name a parent of this host: from www.shop.test, Domain=shop.test works.',
    description:
      'How to fix a cookie blocked for InvalidDomain. Flask code and attribute names stay as they are.',
  },
  'blocked.InvalidPrefix.summary': {
    message: 'breaks its name prefix',
    description: 'A few words on the chip of a cookie blocked for InvalidPrefix.',
  },
  'blocked.InvalidPrefix.because': {
    message:
      'the name starts with a prefix whose rules the cookie breaks: __Secure- needs Secure; __Host- needs Secure, Path=/ and no Domain; __Http- needs Secure and HttpOnly; __Host-Http- needs Secure, HttpOnly, Path=/ and no Domain.',
    description: 'Completes "Not sent because …" for InvalidPrefix.',
  },
  'blocked.InvalidPrefix.fix': {
    message: 'Add the attributes the prefix demands, or rename the cookie without the prefix.',
    description:
      'How to fix a cookie blocked for InvalidPrefix. Flask code and attribute names stay as they are.',
  },
  'blocked.UnknownError.summary': {
    message: 'blocked, reason not given',
    description: 'A few words on the chip of a cookie blocked for UnknownError.',
  },
  'blocked.UnknownError.because': {
    message: 'the browser blocked it without naming a reason.',
    description: 'Completes "Not sent because …" for UnknownError.',
  },
  'blocked.UnknownError.fix': {
    message:
      'Try the same cookie in a fresh session; if it persists, compare with the browser’s DevTools Issues panel.',
    description:
      'How to fix a cookie blocked for UnknownError. Flask code and attribute names stay as they are.',
  },
  'blocked.SchemefulSameSiteStrict.summary': {
    message: 'SameSite=Strict, cross-site',
    description: 'A few words on the chip of a cookie blocked for SchemefulSameSiteStrict.',
  },
  'blocked.SchemefulSameSiteStrict.because': {
    message:
      'the cookie has SameSite=Strict and the browser counted this request as cross-site: it came from another site, or from a page of the same site over the other scheme (http:// and https:// count as different sites).',
    description: 'Completes "Not sent because …" for SchemefulSameSiteStrict.',
  },
  'blocked.SchemefulSameSiteStrict.fix': {
    message:
      "If the request comes from another site, use SameSite=Lax for links (Flask: samesite='Lax'), or SameSite=None with Secure over https:// for anything else; if it comes from the same site over the other scheme, use the same scheme on both ends (all https://).",
    description:
      'How to fix a cookie blocked for SchemefulSameSiteStrict. Flask code and attribute names stay as they are.',
  },
  'blocked.SchemefulSameSiteLax.summary': {
    message: 'SameSite=Lax, cross-site',
    description: 'A few words on the chip of a cookie blocked for SchemefulSameSiteLax.',
  },
  'blocked.SchemefulSameSiteLax.because': {
    message:
      'the cookie has SameSite=Lax and the browser counted this request as cross-site (from another site, or from a page of the same site over the other scheme: http:// and https:// count as different sites), of a kind Lax does not allow: an image, a fetch, a frame or a POST.',
    description: 'Completes "Not sent because …" for SchemefulSameSiteLax.',
  },
  'blocked.SchemefulSameSiteLax.fix': {
    message:
      "If the request comes from another site, set the cookie with SameSite=None and Secure over https:// (Flask: samesite='None', secure=True); if it comes from the same site over the other scheme, use the same scheme on both ends (all https://).",
    description:
      'How to fix a cookie blocked for SchemefulSameSiteLax. Flask code and attribute names stay as they are.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.summary': {
    message: 'no SameSite (Lax), cross-site',
    description:
      'A few words on the chip of a cookie blocked for SchemefulSameSiteUnspecifiedTreatedAsLax.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.because': {
    message:
      'the cookie has no SameSite attribute, so it counts as Lax, and the browser counted this request as cross-site (from another site, or from a page of the same site over the other scheme: http:// and https:// count as different sites), of a kind Lax does not allow. (For two minutes after such a cookie is set, Chromium also sends it with a cross-site top-level POST; that exception did not apply here.)',
    description: 'Completes "Not sent because …" for SchemefulSameSiteUnspecifiedTreatedAsLax.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.fix': {
    message:
      "If the request comes from another site, set the cookie with SameSite=None and Secure over https:// (Flask: samesite='None', secure=True); if it comes from the same site over the other scheme, use the same scheme on both ends (all https://).",
    description:
      'How to fix a cookie blocked for SchemefulSameSiteUnspecifiedTreatedAsLax. Flask code and attribute names stay as they are.',
  },
  'blocked.NameValuePairExceedsMaxSize.summary': {
    message: 'larger than 4096 bytes',
    description: 'A few words on the chip of a cookie blocked for NameValuePairExceedsMaxSize.',
  },
  'blocked.NameValuePairExceedsMaxSize.because': {
    message:
      "the cookie's name and value together are longer than 4096 bytes, the most a browser keeps for one cookie.",
    description: 'Completes "Not sent because …" for NameValuePairExceedsMaxSize.',
  },
  'blocked.NameValuePairExceedsMaxSize.fix': {
    message:
      'Keep only an identifier in the cookie and the data on the server (this is what Flask sessions do).',
    description:
      'How to fix a cookie blocked for NameValuePairExceedsMaxSize. Flask code and attribute names stay as they are.',
  },
  'blocked.DisallowedCharacter.summary': {
    message: 'forbidden character',
    description: 'A few words on the chip of a cookie blocked for DisallowedCharacter.',
  },
  'blocked.DisallowedCharacter.because': {
    message:
      'the name or value holds a character a cookie may not contain, such as a control character.',
    description: 'Completes "Not sent because …" for DisallowedCharacter.',
  },
  'blocked.DisallowedCharacter.fix': {
    message:
      'Encode the value first (URL-encoding or base64) so it holds only plain printable characters.',
    description:
      'How to fix a cookie blocked for DisallowedCharacter. Flask code and attribute names stay as they are.',
  },
  'blocked.NoCookieContent.summary': {
    message: 'empty Set-Cookie',
    description: 'A few words on the chip of a cookie blocked for NoCookieContent.',
  },
  'blocked.NoCookieContent.because': {
    message: 'the Set-Cookie line had neither a name nor a value.',
    description: 'Completes "Not sent because …" for NoCookieContent.',
  },
  'blocked.NoCookieContent.fix': {
    message: 'Give the cookie a name and a value: set_cookie(key, value).',
    description:
      'How to fix a cookie blocked for NoCookieContent. Flask code and attribute names stay as they are.',
  },
  'blocked.PortMismatch.summary': {
    message: 'not for this port',
    description: 'A few words on the chip of a cookie blocked for PortMismatch.',
  },
  'blocked.PortMismatch.because': {
    message:
      'the cookie was set on a different port, and this browser keeps cookies to the port that set them.',
    description: 'Completes "Not sent because …" for PortMismatch.',
  },
  'blocked.PortMismatch.fix': {
    message: 'Use the same port for setting and reading the cookie.',
    description:
      'How to fix a cookie blocked for PortMismatch. Flask code and attribute names stay as they are.',
  },
  'blocked.SchemeMismatch.summary': {
    message: 'not for this scheme',
    description: 'A few words on the chip of a cookie blocked for SchemeMismatch.',
  },
  'blocked.SchemeMismatch.because': {
    message:
      'the cookie was set over https:// and this request is plain http:// (or the other way round), and this browser keeps cookies to their scheme.',
    description: 'Completes "Not sent because …" for SchemeMismatch.',
  },
  'blocked.SchemeMismatch.fix': {
    message: 'Use the same scheme for setting and reading the cookie.',
    description:
      'How to fix a cookie blocked for SchemeMismatch. Flask code and attribute names stay as they are.',
  },
  'blocked.AnonymousContext.summary': {
    message: 'request sent without cookies',
    description: 'A few words on the chip of a cookie blocked for AnonymousContext.',
  },
  'blocked.AnonymousContext.because': {
    message:
      'the request was made in a credentialless way (for example fetch with credentials: "omit"), so no cookies were attached.',
    description: 'Completes "Not sent because …" for AnonymousContext.',
  },
  'blocked.AnonymousContext.fix': {
    message: 'Send the request with credentials ({code}).',
    description:
      'How to fix a cookie blocked for AnonymousContext. {code}: a line of JavaScript, kept as it is.',
  },
  'blocked.SchemefulSameSiteStrict.summaryOtherScheme': {
    message: 'SameSite=Strict, other scheme',
    description:
      'Chip of a cookie blocked for SchemefulSameSiteStrict when the request came from the same host over the other scheme (http:// vs https://).',
  },
  'blocked.SchemefulSameSiteStrict.becauseOtherScheme': {
    message:
      'the cookie has SameSite=Strict and this request came from a page of the same site over the other scheme: http:// and https:// pages of one site are different sites to the browser.',
    description:
      'Completes "Not sent because …" for SchemefulSameSiteStrict when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteStrict.fixOtherScheme': {
    message: 'Use the same scheme on both ends (all https://), or relax SameSite.',
    description: 'How to fix SchemefulSameSiteStrict when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteLax.summaryOtherScheme': {
    message: 'SameSite=Lax, other scheme',
    description:
      'Chip of a cookie blocked for SchemefulSameSiteLax when the request came from the same host over the other scheme.',
  },
  'blocked.SchemefulSameSiteLax.becauseOtherScheme': {
    message:
      'the cookie has SameSite=Lax and this request came from a page of the same site over the other scheme, which the browser counts as another site; and Lax lets a cross-site request carry the cookie only when it is a top-level GET navigation.',
    description:
      'Completes "Not sent because …" for SchemefulSameSiteLax when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteLax.fixOtherScheme': {
    message: 'Use the same scheme on both ends (all https://), or use SameSite=None with Secure.',
    description: 'How to fix SchemefulSameSiteLax when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.summaryOtherScheme': {
    message: 'no SameSite (Lax), other scheme',
    description:
      'Chip of a cookie blocked for SchemefulSameSiteUnspecifiedTreatedAsLax when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.becauseOtherScheme': {
    message:
      'the cookie has no SameSite attribute, so it counts as Lax, and this request came from a page of the same site over the other scheme, which the browser counts as another site, in a way Lax does not allow.',
    description:
      'Completes "Not sent because …" for SchemefulSameSiteUnspecifiedTreatedAsLax when only the scheme differs.',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.fixOtherScheme': {
    message: 'Use the same scheme on both ends (all https://), or set SameSite=None with Secure.',
    description:
      'How to fix SchemefulSameSiteUnspecifiedTreatedAsLax when only the scheme differs.',
  },
  'blocked.InvalidPrefix.summaryFor': {
    message: 'breaks its {prefix} prefix',
    description:
      'Chip of a line refused for InvalidPrefix. {prefix}: "__Host-", "__Http-" …, as is.',
  },
  'blocked.InvalidPrefix.becauseFor': {
    message:
      'the name starts with {prefix}, {kind, select, secure {which promises the cookie came over a secure connection, so the line must say Secure} host {which promises the cookie belongs to this one host and all its paths, so the line must say Secure and Path=/ and must not name a Domain} http {which promises a server set it over a secure connection, never a script, so the line must say Secure and HttpOnly} other {which promises a server set it for this one host over a secure connection, never a script, so the line must say Secure, HttpOnly and Path=/ and must not name a Domain}}; this line breaks that: {broken}.',
    description:
      'Completes "Not stored because …" for InvalidPrefix. {prefix}: the prefix as is; {kind}: secure, host, http or hostHttp (select); {broken}: a list of "blocked.prefixRule.*" messages.',
  },
  'blocked.InvalidPrefix.fixFor': {
    message: 'Add what {prefix} demands, or rename the cookie without the prefix.',
    description: 'How to fix InvalidPrefix. {prefix}: the prefix as is.',
  },
  'blocked.InvalidPrefix.summaryNameless': {
    message: 'no name, value starts with {prefix}',
    description:
      'Chip of a line refused for InvalidPrefix because it has no name and its value starts with a prefix. {prefix}: "__Host-" …, as is.',
  },
  'blocked.InvalidPrefix.becauseNameless': {
    message:
      'the line has no name and its value starts with {prefix}. A cookie without a name goes back as its value alone, which would read like a {prefix} cookie that kept none of that prefix’s rules, so the browser refuses such a line whatever its attributes.',
    description:
      'Completes "Not stored because …" for InvalidPrefix on a nameless line (such as "=__Host-x=1"). {prefix}: the prefix as is.',
  },
  'blocked.InvalidPrefix.fixNameless': {
    message: 'Give the cookie a name: name=value, as set_cookie(key, value) writes it.',
    description: 'How to fix InvalidPrefix on a nameless line. Flask code stays as it is.',
  },
  'blocked.prefixRule.secure': {
    message: 'it has no Secure',
    description: 'One broken prefix rule, in a list. Secure is an attribute name.',
  },
  'blocked.prefixRule.httpOnly': {
    message: 'it has no HttpOnly',
    description: 'One broken prefix rule, in a list. HttpOnly is an attribute name.',
  },
  'blocked.prefixRule.path': {
    message: 'its Path is not /',
    description: 'One broken prefix rule, in a list (also when the line has no Path at all).',
  },
  'blocked.prefixRule.domain': {
    message: 'it names a Domain',
    description: 'One broken prefix rule, in a list. Domain is an attribute name.',
  },
} as const satisfies Record<BlockedReasonMessageId, CatalogueEntry>
