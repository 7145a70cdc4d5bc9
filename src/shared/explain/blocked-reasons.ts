// Chromium's terse cookie verdicts (CDP `CookieBlockedReason` and `SetCookieBlockedReason`) in
// plain words: what the reason means and how to fix it. The timeline shows `summary` on a
// blocked chip; the detail view shows all of it. Pure data so later lessons can reuse it.

import type { Protocol } from 'devtools-protocol'

/** A request's cookie that was not sent, or a response's Set-Cookie line that was not stored. */
export type CookieDirection = 'request' | 'response'

export interface BlockedReasonExplanation {
  /** The reason as the browser named it. */
  reason: string
  /** A few words for a chip: "SameSite=None without Secure". */
  summary: string
  /** One or two sentences: what happened and why. */
  meaning: string
  /** What to change so the cookie goes through. */
  fix: string
  /** false when Cookie Lab has no words for this reason yet and shows it raw. */
  known: boolean
}

interface ReasonText {
  summary: string
  /** Completes "Not sent because …" / "Not stored because …". */
  because: string
  /** When the response side needs its own words. */
  becauseOnResponse?: string
  fix: string
}

const SAME_SITE_FIX_CROSS_SITE =
  'If the cookie is meant for cross-site use, set it with SameSite=None and Secure over HTTPS ' +
  "(Flask: samesite='None', secure=True); otherwise make the request from the same site."

const SCHEMEFUL =
  ' Here the scheme counts too: http:// and https:// pages of the same site are different sites to the browser.'

type KnownReason =
  | Protocol.Network.CookieBlockedReason
  | Protocol.Network.SetCookieBlockedReason
  // Newer Chromium names that this devtools-protocol version does not list yet.
  | 'ThirdPartyBlockedInFirstPartySet'

const REASONS: Record<KnownReason, ReasonText> = {
  SecureOnly: {
    summary: 'Secure cookie on plain http://',
    because:
      'the cookie is marked Secure, and Secure cookies travel only over https:// (or to localhost), but this request used plain http://.',
    becauseOnResponse:
      'the cookie is marked Secure, and only a secure page (https://, or localhost) may set a Secure cookie; this response came over plain http://.',
    fix: 'Use https:// (browsers also trust http://localhost), or leave out Secure (secure=False) while you experiment.',
  },
  NotOnPath: {
    summary: 'path does not match',
    because:
      "this URL is not under the cookie's Path: a cookie with Path=/john goes only to /john and the paths below it.",
    fix: "Set the cookie with Path=/ (Flask's default) to send it everywhere on the site, or visit a URL under its path.",
  },
  DomainMismatch: {
    summary: 'belongs to another host',
    because:
      "the cookie's domain does not match this request's host. A cookie set without Domain goes back only to the exact host that set it.",
    fix: 'Visit the host that set it, or set it with Domain=parent (Flask: domain=…) so subdomains share it.',
  },
  SameSiteStrict: {
    summary: 'SameSite=Strict, cross-site',
    because:
      'the cookie has SameSite=Strict and this request came from another site. Strict cookies are held back even when you follow a link from elsewhere.',
    becauseOnResponse:
      'the cookie has SameSite=Strict and this response answered a request from another site, so the browser would not store it.',
    fix: "Use SameSite=Lax if the cookie must arrive when someone follows a link from another site (Flask: samesite='Lax').",
  },
  SameSiteLax: {
    summary: 'SameSite=Lax, cross-site',
    because:
      'the cookie has SameSite=Lax. Lax cookies cross sites only on a top-level GET navigation (following a link); this was a cross-site request of another kind: an image, a fetch, a frame or a POST.',
    becauseOnResponse:
      'the cookie has SameSite=Lax and this response answered a cross-site request that Lax does not allow (an image, a fetch, a frame or a POST from another site).',
    fix: SAME_SITE_FIX_CROSS_SITE,
  },
  SameSiteUnspecifiedTreatedAsLax: {
    summary: 'no SameSite, treated as Lax',
    because:
      'the cookie has no SameSite attribute, so Chromium treats it as SameSite=Lax, and this cross-site request is one that Lax does not allow.',
    fix: `Say what you mean: ${SAME_SITE_FIX_CROSS_SITE}`,
  },
  SameSiteNoneInsecure: {
    summary: 'SameSite=None without Secure',
    because:
      'the cookie has SameSite=None but not Secure. Browsers accept SameSite=None only together with Secure, so this cookie is rejected.',
    becauseOnResponse:
      'the line says SameSite=None but not Secure. Browsers accept SameSite=None only together with Secure, so the cookie was thrown away.',
    fix: "Add Secure (Flask: secure=True) and serve the page over https://, or drop samesite='None'.",
  },
  UserPreferences: {
    summary: 'blocked by browser settings',
    because:
      'the browser\'s own settings block it, for example "block third-party cookies" or a rule for this site.',
    fix: "Check the browser's cookie settings; a site cannot override them.",
  },
  ThirdPartyPhaseout: {
    summary: 'third-party cookie blocked',
    because:
      'the browser blocks third-party cookies, and this cookie belongs to a different site than the page on top.',
    fix: 'Serve the cookie from the same site as the page, or mark it Partitioned (CHIPS) for embedded content.',
  },
  ThirdPartyBlockedInFirstPartySet: {
    summary: 'third-party cookie blocked',
    because:
      'third-party cookies are blocked, and being in the same related website set (First-Party Set) did not exempt this one.',
    fix: 'Serve the cookie from the same site as the page, or mark it Partitioned (CHIPS).',
  },
  SyntaxError: {
    summary: 'line cannot be read',
    because:
      'the Set-Cookie line could not be read as a cookie, for example an empty name or an attribute the browser cannot parse.',
    fix: 'Send name=value followed by attributes separated by "; ", which is what set_cookie writes.',
  },
  SchemeNotSupported: {
    summary: 'scheme cannot hold cookies',
    because: "the page's URL scheme does not support cookies; only http:// and https:// pages do.",
    fix: 'Set the cookie from an http:// or https:// page.',
  },
  OverwriteSecure: {
    summary: 'would overwrite a Secure cookie',
    because:
      'a Secure cookie with this name already exists, and a plain http:// page may not overwrite it.',
    fix: 'Set it from https://, or delete the Secure cookie first.',
  },
  InvalidDomain: {
    summary: 'Domain not allowed here',
    because:
      'the Domain attribute names a domain this host may not set cookies for. It must be this host or one of its parents, and not a public suffix such as .com.',
    fix: 'Leave Domain out (a host-only cookie), or name a parent of this host: from www.shop.test, Domain=shop.test works.',
  },
  InvalidPrefix: {
    summary: 'breaks its __Secure-/__Host- prefix',
    because:
      "the name starts with __Secure- or __Host- but the cookie breaks that prefix's rules: __Secure- needs Secure; __Host- needs Secure, Path=/ and no Domain.",
    fix: 'Add the attributes the prefix demands, or rename the cookie without the prefix.',
  },
  UnknownError: {
    summary: 'blocked, reason not given',
    because: 'the browser blocked it without naming a reason.',
    fix: 'Try the same cookie in a fresh session; if it persists, compare with the browser’s DevTools Issues panel.',
  },
  SchemefulSameSiteStrict: {
    summary: 'SameSite=Strict, other scheme',
    because: `the cookie has SameSite=Strict and this request came from another site.${SCHEMEFUL}`,
    fix: 'Use the same scheme on both ends (all https://), or relax SameSite.',
  },
  SchemefulSameSiteLax: {
    summary: 'SameSite=Lax, other scheme',
    because: `the cookie has SameSite=Lax and this was a cross-site request that Lax does not allow.${SCHEMEFUL}`,
    fix: 'Use the same scheme on both ends (all https://), or use SameSite=None with Secure.',
  },
  SchemefulSameSiteUnspecifiedTreatedAsLax: {
    summary: 'no SameSite (Lax), other scheme',
    because: `the cookie has no SameSite attribute, so it counts as Lax, and this cross-site request is not one Lax allows.${SCHEMEFUL}`,
    fix: 'Use the same scheme on both ends (all https://), or set SameSite=None with Secure.',
  },
  NameValuePairExceedsMaxSize: {
    summary: 'larger than 4096 bytes',
    because:
      "the cookie's name and value together are longer than 4096 bytes, the most a browser keeps for one cookie.",
    fix: 'Keep only an identifier in the cookie and the data on the server (this is what Flask sessions do).',
  },
  DisallowedCharacter: {
    summary: 'forbidden character',
    because:
      'the name or value holds a character a cookie may not contain, such as a control character.',
    fix: 'Encode the value first (URL-encoding or base64) so it holds only plain printable characters.',
  },
  NoCookieContent: {
    summary: 'empty Set-Cookie',
    because: 'the Set-Cookie line had neither a name nor a value.',
    fix: 'Give the cookie a name and a value: set_cookie(key, value).',
  },
  PortMismatch: {
    summary: 'set on another port',
    because:
      'the cookie was set on a different port, and this browser keeps cookies to the port that set them.',
    fix: 'Use the same port for setting and reading the cookie.',
  },
  SchemeMismatch: {
    summary: 'set over another scheme',
    because:
      'the cookie was set over https:// and this request is plain http:// (or the other way round), and this browser keeps cookies to their scheme.',
    fix: 'Use the same scheme for setting and reading the cookie.',
  },
  AnonymousContext: {
    summary: 'request sent without cookies',
    because:
      'the request was made in a credentialless way (for example fetch with credentials: "omit"), so no cookies were attached.',
    fix: "Send the request with credentials (fetch(url, { credentials: 'include' })).",
  },
}

// Names other tools (and older notes) use for the same verdicts.
const ALIASES: Record<string, KnownReason> = {
  PathMismatch: 'NotOnPath',
}

function textFor(reason: string): ReasonText | undefined {
  const known = ALIASES[reason] ?? reason
  return Object.hasOwn(REASONS, known) ? REASONS[known as KnownReason] : undefined
}

/** Every reason with its own words, for tests and for lessons that list them. */
export const EXPLAINED_REASONS: readonly string[] = Object.keys(REASONS)

export function explainBlockedReason(
  reason: string,
  direction: CookieDirection,
): BlockedReasonExplanation {
  const lead = direction === 'request' ? 'Not sent because' : 'Not stored because'
  const text = textFor(reason)
  if (!text) {
    return {
      reason,
      summary: reason,
      meaning: `${lead} the browser reported “${reason}”, a reason Cookie Lab has no words for yet.`,
      fix: `Look up “${reason}” in Chrome DevTools' list of cookie blocked reasons.`,
      known: false,
    }
  }
  const because = direction === 'response' ? (text.becauseOnResponse ?? text.because) : text.because
  return {
    reason,
    summary: text.summary,
    meaning: `${lead} ${because}`,
    fix: text.fix,
    known: true,
  }
}
