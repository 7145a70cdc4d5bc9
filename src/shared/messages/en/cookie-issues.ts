// Chromium's cookie issues (the `Audits` domain's CookieIssueDetails: warning and exclusion
// reasons), the exceptions that let a cookie through (`exemptionReason`), and partitions (CHIPS),
// in plain English: a few words for a chip, what it means, and what to change. Part of the one
// English catalogue (`../catalogue-en.ts`). Attribute names (SameSite, Secure, Partitioned, Path,
// Domain) and Flask code (samesite='None') are what the learner types: a translation keeps them.

import type { CatalogueEntry } from '../catalogue-entry'
import type { CookieIssueMessageId, KnownIssueReason } from '../cookie-issue-ids'

const SUMMARY = (reason: string) => `A few words on the chip of a cookie with the issue ${reason}.`
const MEANING = (reason: string) =>
  `The detail view: what Chromium's cookie issue ${reason} means for this cookie, in one or two sentences.`
const FIX = (reason: string) =>
  `The detail view: what to change about a cookie with the issue ${reason}. Flask code and attribute names stay as they are.`

/** The five schemeful downgrades share their fix: one scheme for the whole site. */
const ONE_SCHEME_FIX =
  'Serve the whole site over one scheme (all https://), so no request goes between http:// and https:// of the same site.'
const schemefulMeaning = (cookie: string, context: string) =>
  `This request goes between http:// and https:// of the same site. Chromium counts the scheme as part of the site (schemeful same-site), so it treats the request as ${context}, and this SameSite=${cookie} cookie is left out; were the scheme ignored, it would have gone.`

type ReasonEntries<R extends KnownIssueReason> = Record<
  `issue.reason.${R}.${'summary' | 'meaning' | 'fix'}`,
  CatalogueEntry
>

/** The three messages of one reason, each with its note for the translator. */
function reason<R extends KnownIssueReason>(
  name: R,
  summary: string,
  meaning: string,
  fix: string,
): ReasonEntries<R> {
  return {
    [`issue.reason.${name}.summary`]: { message: summary, description: SUMMARY(name) },
    [`issue.reason.${name}.meaning`]: { message: meaning, description: MEANING(name) },
    [`issue.reason.${name}.fix`]: { message: fix, description: FIX(name) },
  } as ReasonEntries<R>
}

export const cookieIssuesEn = {
  'issue.section': {
    message: "Chromium's cookie warnings",
    description:
      "The detail view: heading of the section listing the issues Chromium's Audits domain reported about this request's cookies.",
  },
  'issue.intro': {
    message:
      'Chromium explains these itself (its Issues panel shows them too). A warning means the cookie works now but may not later; an exclusion means it was left out.',
    description: 'The detail view: one line under the heading of the cookie warnings section.',
  },
  'issue.marker': {
    message: '{count, plural, one {# cookie warning} other {# cookie warnings}}',
    description:
      "The timeline row's small marker, read aloud and shown as a tooltip: how many cookie issues Chromium reported for this request.",
  },
  'issue.kind.warning': {
    message: 'warning',
    description: 'A small label before an issue reason: the cookie still worked.',
  },
  'issue.kind.exclusion': {
    message: 'excluded',
    description: 'A small label before an issue reason: the cookie was left out.',
  },
  'issue.operation.SetCookie': {
    message: 'On the Set-Cookie line for {cookie}',
    description:
      'The detail view: which cookie an issue is about, when it is about storing it. {cookie}: the cookie name, or the raw line.',
  },
  'issue.operation.ReadCookie': {
    message: 'On the cookie {cookie}, considered for this request',
    description:
      'The detail view: which cookie an issue is about, when it is about sending it. {cookie}: the cookie name.',
  },
  'issue.operation.unknown': {
    message:
      'On the cookie {cookie} (operation “{operation}”, which Cookie Lab has no words for yet)',
    description:
      'The detail view: which cookie an issue is about, when the browser named an operation Cookie Lab does not know. {operation}: its raw name.',
  },
  'issue.operation.script': {
    message: 'On the cookie {cookie}, which a script on this page used (document.cookie)',
    description:
      'The detail view: which cookie an issue is about, when a script on the page wrote or read it rather than a request. {cookie}: the cookie name, or the raw line.',
  },
  'issue.otherFields': {
    message: 'Chromium also said, in fields Cookie Lab does not know yet: {fields}',
    description:
      'The detail view: fields of a cookie issue this version does not read, shown raw. {fields}: name: value pairs.',
  },
  'issue.insight.GitHubResource': {
    message:
      'Chromium allowed it because the site is on a public list of exceptions for third-party cookies.',
    description: 'The detail view: the insight GitHubResource on a cookie issue.',
  },
  'issue.insight.GracePeriod': {
    message:
      'Chromium allowed it only for a grace period the site was given; it will be blocked when that ends.',
    description: 'The detail view: the insight GracePeriod on a cookie issue.',
  },
  'issue.insight.Heuristics': {
    message:
      'Chromium allowed it because of a heuristic (for example a sign-in popup opened from this page); the allowance is temporary.',
    description: 'The detail view: the insight Heuristics on a cookie issue.',
  },
  'issue.insight.unknown': {
    message: 'Chromium gave the insight “{type}”, which Cookie Lab has no words for yet.',
    description: 'The detail view: an insight type Cookie Lab does not know. {type}: its raw name.',
  },
  'issue.reason.unknown.summary': {
    message: '{reason}',
    description: 'The chip of an issue reason without words of its own: its raw name, as is.',
  },
  'issue.reason.unknown.meaning': {
    message:
      'Chromium reported “{reason}”, a reason Cookie Lab has no words for yet. Browsers add and retire these reasons between versions; the name usually says which rule (SameSite, Secure, third-party cookies) is involved.',
    description: 'The detail view: an issue reason without words of its own. {reason}: its name.',
  },
  'issue.reason.unknown.fix': {
    message:
      'Look up “{reason}” in Chrome DevTools’ Issues panel or in the Chrome DevTools Protocol’s Audits reference.',
    description: 'The fix for an issue reason without words of its own. {reason}: its name.',
  },
  ...reason(
    'WarnSameSiteUnspecifiedLaxAllowUnsafe',
    'sent by the 2-minute Lax+POST allowance',
    'This cookie has no SameSite attribute, so Chromium treats it as SameSite=Lax, which leaves it out of cross-site POSTs. It went with this cross-site POST anyway because it was set less than two minutes ago: Chromium lets such fresh cookies through so that sign-ins which post back from another site keep working. That is why it worked right after login; two minutes later the same POST goes without it.',
    "If another site must POST to yours with the cookie, set it with SameSite=None; Secure over https (Flask: samesite='None', secure=True). Otherwise set SameSite=Lax yourself, and test again more than two minutes after setting the cookie.",
  ),
  ...reason(
    'WarnSameSiteUnspecifiedCrossSiteContext',
    'no SameSite, cross-site',
    'This cookie has no SameSite attribute and this request is cross-site. Chromium treats such a cookie as SameSite=Lax: it goes with links to your site (top-level GET), but not with images, frames, fetches or form POSTs from another site.',
    "Say what you mean: SameSite=Lax (Flask: samesite='Lax') if other sites need not send it, or SameSite=None; Secure over https if they must.",
  ),
  ...reason(
    'WarnSameSiteNoneInsecure',
    'SameSite=None without Secure',
    'The cookie asks for SameSite=None but is not Secure. Browsers refuse SameSite=None without Secure, so it is not sent or stored across sites.',
    "Add Secure and use https:// (Flask: samesite='None', secure=True).",
  ),
  ...reason(
    'WarnSameSiteStrictLaxDowngradeStrict',
    'Strict cookie, http:// vs https://',
    schemefulMeaning('Strict', 'a cross-site link rather than a same-site one'),
    ONE_SCHEME_FIX,
  ),
  ...reason(
    'WarnSameSiteStrictCrossDowngradeStrict',
    'Strict cookie, http:// vs https://',
    schemefulMeaning('Strict', 'cross-site rather than same-site'),
    ONE_SCHEME_FIX,
  ),
  ...reason(
    'WarnSameSiteStrictCrossDowngradeLax',
    'Lax cookie, http:// vs https://',
    schemefulMeaning('Lax', 'cross-site rather than same-site'),
    ONE_SCHEME_FIX,
  ),
  ...reason(
    'WarnSameSiteLaxCrossDowngradeStrict',
    'Strict cookie, http:// vs https://',
    schemefulMeaning('Strict', 'cross-site rather than a same-site link'),
    ONE_SCHEME_FIX,
  ),
  ...reason(
    'WarnSameSiteLaxCrossDowngradeLax',
    'Lax cookie, http:// vs https://',
    schemefulMeaning('Lax', 'cross-site rather than a same-site link'),
    ONE_SCHEME_FIX,
  ),
  ...reason(
    'WarnAttributeValueExceedsMaxSize',
    'attribute over 1024 bytes ignored',
    'An attribute on this line (often Path or Domain) is longer than the 1024 bytes a browser accepts. Chromium ignored that attribute and kept the rest: a Path that is ignored becomes the directory of the URL that set the cookie.',
    'Keep every attribute value under 1024 bytes; a long Path is rarely what you meant.',
  ),
  ...reason(
    'WarnDomainNonASCII',
    'Domain with non-ASCII letters',
    'The Domain attribute holds letters outside ASCII (such as é). Browsers expect the ASCII form of such names, so a later version may refuse it.',
    'Write the domain in its ASCII (punycode) form, such as xn--caf-dma.example for café.example.',
  ),
  ...reason(
    'WarnThirdPartyPhaseout',
    'third-party cookie, being phased out',
    'This cookie is used across sites (a third-party cookie). Browsers are blocking these; this one still worked, but will not where third-party cookies are blocked.',
    'Add Partitioned (CHIPS: a jar per top-level site, needs Secure) if the embedded site only needs its own state there, or ask for access with the Storage Access API.',
  ),
  ...reason(
    'WarnCrossSiteRedirectDowngradeChangesInclusion',
    'cross-site redirect changes the verdict',
    'The request came through a redirect chain that passed another site. Counting that hop makes the request cross-site, which changes whether this SameSite cookie goes with it.',
    'Avoid redirecting through another site, or set SameSite to what the flow needs (SameSite=None; Secure for a cookie that must survive the hop).',
  ),
  ...reason(
    'WarnDeprecationTrialMetadata',
    'allowed by a deprecation trial',
    'This third-party cookie was allowed only because the site is enrolled in a third-party cookie deprecation trial. The trial ends.',
    'Move off third-party cookies before the trial ends: Partitioned cookies (CHIPS) or the Storage Access API.',
  ),
  ...reason(
    'WarnThirdPartyCookieHeuristic',
    'allowed by a heuristic',
    'This third-party cookie was allowed by a temporary heuristic, such as a sign-in popup this page opened.',
    'Do not rely on it: use Partitioned cookies (CHIPS) or the Storage Access API.',
  ),
  ...reason(
    'ExcludeSameSiteUnspecifiedTreatedAsLax',
    'no SameSite: treated as Lax',
    'This cookie has no SameSite attribute, so Chromium treats it as SameSite=Lax, and this cross-site request is not one Lax cookies go with (only links, top-level GET, do).',
    "If another site must send it, set SameSite=None; Secure over https (Flask: samesite='None', secure=True).",
  ),
  ...reason(
    'ExcludeSameSiteNoneInsecure',
    'SameSite=None without Secure',
    'The cookie asks for SameSite=None but is not Secure, and browsers refuse that combination.',
    "Add Secure and use https:// (Flask: samesite='None', secure=True).",
  ),
  ...reason(
    'ExcludeSameSiteLax',
    'SameSite=Lax, cross-site',
    'The cookie is SameSite=Lax and this request is cross-site but not a top-level GET, so it is left out.',
    'Reach the page through a link (GET), or set SameSite=None; Secure if other sites must send it.',
  ),
  ...reason(
    'ExcludeSameSiteStrict',
    'SameSite=Strict, cross-site',
    'The cookie is SameSite=Strict and this request came from another site, so it is left out, even on a link.',
    'Use SameSite=Lax if links from other sites should carry it.',
  ),
  ...reason(
    'ExcludeDomainNonASCII',
    'Domain with non-ASCII letters',
    'The Domain attribute holds letters outside ASCII (such as é), and Chromium refuses it.',
    'Write the domain in its ASCII (punycode) form, such as xn--caf-dma.example for café.example.',
  ),
  ...reason(
    'ExcludeThirdPartyPhaseout',
    'third-party cookies blocked',
    'This cookie would be used across sites (a third-party cookie), and this browser blocks those.',
    'Add Partitioned (CHIPS, with Secure) so the embedded site gets a jar per top-level site, or ask for access with the Storage Access API.',
  ),
  ...reason(
    'ExcludePortMismatch',
    'set by another port',
    'Chromium keeps this cookie to the port that set it (port-bound cookies), and this request goes to another port.',
    'Use the same port that set the cookie.',
  ),
  ...reason(
    'ExcludeSchemeMismatch',
    'set over the other scheme',
    'Chromium keeps this cookie to the scheme that set it (scheme-bound cookies): it was set over http:// and this request uses https://, or the other way round.',
    'Use one scheme for the whole site (all https://).',
  ),
  ...reason(
    'ExcludeInvalidSameParty',
    'SameParty (removed)',
    'The cookie used SameParty, an attribute of First-Party Sets that Chromium has since removed; this older Chromium refused the combination it was used in.',
    'Leave out SameParty: no current browser supports it.',
  ),
  ...reason(
    'ExcludeSamePartyCrossPartyContext',
    'SameParty (removed)',
    'The cookie used SameParty, an attribute of First-Party Sets that Chromium has since removed, and this request went outside its set of sites.',
    'Leave out SameParty: no current browser supports it.',
  ),
  'exemption.section': {
    message: 'Let through by an exception',
    description:
      'The detail view: heading of the section listing cookies that the rules would have blocked but an exception allowed.',
  },
  'exemption.onRequest': {
    message: 'The cookie {name} was sent only because {because}',
    description:
      'The detail view: a cookie sent thanks to an exception. {because}: one of the exemption.* messages.',
  },
  'exemption.onResponse': {
    message: 'The line “{line}” was stored only because {because}',
    description:
      'The detail view: a Set-Cookie line stored thanks to an exception. {because}: one of the exemption.* messages.',
  },
  'exemption.UserSetting': {
    message: "the browser's settings allow third-party cookies for this site.",
    description: 'Completes an exemption sentence: exemption reason UserSetting.',
  },
  'exemption.EnterprisePolicy': {
    message: "an administrator's policy allows third-party cookies here.",
    description: 'Completes an exemption sentence: exemption reason EnterprisePolicy.',
  },
  'exemption.StorageAccess': {
    message:
      'the embedded page asked for access with the Storage Access API (document.requestStorageAccess) and was granted it.',
    description: 'Completes an exemption sentence: exemption reason StorageAccess.',
  },
  'exemption.TopLevelStorageAccess': {
    message:
      'the top-level page was granted storage access for this site (requestStorageAccessFor).',
    description: 'Completes an exemption sentence: exemption reason TopLevelStorageAccess.',
  },
  'exemption.Scheme': {
    message: 'the page uses a scheme that is exempt from the third-party cookie rules.',
    description: 'Completes an exemption sentence: exemption reason Scheme.',
  },
  'exemption.SameSiteNoneCookiesInSandbox': {
    message: 'a sandboxed frame allowed SameSite=None cookies for its own site.',
    description: 'Completes an exemption sentence: exemption reason SameSiteNoneCookiesInSandbox.',
  },
  'exemption.unknown': {
    message: 'of the exception “{reason}”, which Cookie Lab has no words for yet.',
    description:
      'Completes an exemption sentence for a reason without words of its own. {reason}: its raw name.',
  },
  'partition.section': {
    message: 'Partitions (CHIPS)',
    description:
      'The detail view: heading of the section about partitioned cookies (Cookies Having Independent Partitioned State).',
  },
  'partition.setInto': {
    message:
      'A Partitioned cookie set by this response is stored in the jar of the top-level site {site}{crossSite, select, yes { (inside a cross-site frame)} other {}}: only pages under {site} see it, apart from the same name on any other top-level site.',
    description:
      'The detail view: where a Partitioned cookie from this response goes. {site}: the top-level site, e.g. https://shop.test. {crossSite}: yes when a frame between the top level and this one is on another site.',
  },
  'partition.opaque': {
    message:
      'A Partitioned cookie set by this response goes to a partition Chromium could not name (the top-level page has no site of its own, such as a sandboxed or data: page).',
    description: 'The detail view: the partition of this response is opaque.',
  },
  'partition.otherPartition': {
    message:
      '{site} has cookies in another partition that this request did not see: a cookie a frame of this site set while embedded under another top-level site stays there, and only pages under that top-level site send it.',
    description:
      'The detail view: requestWillBeSentExtraInfo.siteHasCookieInOtherPartition. {site}: the host of this request.',
  },
} satisfies Record<CookieIssueMessageId, CatalogueEntry>
