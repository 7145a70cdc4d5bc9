// The id of every message the learner reads, and the parameters each takes. The facts core
// reports are ids (`FactCode`); the explanations of the UI (`shared/explain/*`) add theirs here.

import type { Protocol } from 'devtools-protocol'
import type { CookieIssueMessageId, CookieIssueParams } from './cookie-issue-ids'
import type { FactCode, InferredNotStored, ParamsOf } from './facts'

/** The browser's blocked reasons Cookie Lab has words for. */
export type KnownBlockedReason =
  | Protocol.Network.CookieBlockedReason
  | Protocol.Network.SetCookieBlockedReason
  // Newer Chromium names that this devtools-protocol version does not list yet.
  | 'ThirdPartyBlockedInFirstPartySet'

/** Reasons whose words differ for a Set-Cookie line (a response) from a request's cookie. */
export const WORDED_ON_RESPONSE = [
  'SecureOnly',
  'SameSiteStrict',
  'SameSiteLax',
  'SameSiteNoneInsecure',
] as const satisfies readonly KnownBlockedReason[]

/** Chromium's schemeful SameSite reasons, which it reports for every cross-site block. */
export const SCHEMEFUL_REASONS = [
  'SchemefulSameSiteStrict',
  'SchemefulSameSiteLax',
  'SchemefulSameSiteUnspecifiedTreatedAsLax',
] as const satisfies readonly KnownBlockedReason[]

export type BlockedReasonMessageId =
  | `blocked.${KnownBlockedReason}.${'summary' | 'because' | 'fix'}`
  | `blocked.${(typeof WORDED_ON_RESPONSE)[number]}.becauseOnResponse`
  | `blocked.${(typeof SCHEMEFUL_REASONS)[number]}.${'summaryOtherScheme' | 'becauseOtherScheme' | 'fixOtherScheme'}`
  | 'blocked.InvalidPrefix.summaryFor'
  | 'blocked.InvalidPrefix.becauseFor'
  | 'blocked.InvalidPrefix.fixFor'
  | `blocked.InvalidPrefix.${'summaryNameless' | 'becauseNameless' | 'fixNameless'}`
  | `blocked.prefixRule.${'secure' | 'httpOnly' | 'path' | 'domain'}`
  | 'blocked.lead.request'
  | 'blocked.lead.rule'
  | 'blocked.lead.response'
  | 'blocked.unknown.because'
  | 'blocked.unknown.fix'

export type StoreChangeMessageId =
  | `change.label.${'added' | 'changed' | 'removed' | 'expired'}`
  | `cause.${'response' | 'script' | 'inspector' | 'expiry' | 'browser'}`
  | `change.${'added' | 'changedValue' | 'changedAttributes' | 'removed' | 'expired' | 'expiredBy'}`

export type InspectorMessageId =
  | `inspector.partition.${'summary' | 'crossSite' | 'sameSite' | 'opaque'}`
  | 'inspector.source'
  | `inspector.issue.${'notSent' | 'setRefused' | 'chromium' | 'sameSiteNoneWithoutSecure' | 'valueBytes' | 'nearSizeLimit'}`
  | `inspector.add.${'noPageThere' | 'ipIsHostOnly' | 'added'}`
  | 'inspector.decode.invalid'

/** A Set-Cookie line's verdict checked against the store (`en/line-verdicts.ts`). */
export type LineVerdictMessageId =
  | `verdict.${'notStored' | 'inferred' | 'inferredTitle' | 'inferredLead' | 'heldTitle'}`
  | `verdict.${'capped' | 'storedAs' | 'storedHostOnly' | 'storedFor'}`
  | `verdict.${'replaced' | 'replacedDetail'}`
  | `verdict.cause.${InferredNotStored['code']}`

/** The timeline's own words (`en/timeline.ts`). */
export type TimelineMessageId =
  | `timeline.${'moreChips' | 'moreChipsTitle' | 'skip' | 'skipTitle'}`
  | `timeline.skip.${'assets' | 'filtered'}`
  | `timeline.filterMode.${'changes' | 'title'}`
  | `timeline.empty.${'touches' | 'changes'}`

/** Parameters of the explanations' messages that take any. */
export interface ExplainParams {
  'blocked.lead.request': { because: string }
  'blocked.lead.response': { because: string }
  'blocked.lead.rule': { because: string }
  'blocked.InvalidPrefix.summaryFor': { prefix: string }
  'blocked.InvalidPrefix.becauseFor': { prefix: string; kind: string; broken: string }
  'blocked.InvalidPrefix.fixFor': { prefix: string }
  'blocked.InvalidPrefix.summaryNameless': { prefix: string }
  'blocked.InvalidPrefix.becauseNameless': { prefix: string }
  'blocked.unknown.because': { reason: string }
  'blocked.unknown.fix': { reason: string }
  'blocked.AnonymousContext.fix': { code: string }
  'cause.browser': { detail: string }
  'change.added': { name: string; value: string; cause: string }
  'change.changedValue': { name: string; before: string; value: string; cause: string }
  'change.changedAttributes': { name: string; value: string; cause: string }
  'change.removed': { name: string; cause: string }
  'change.expired': { name: string }
  'change.expiredBy': { name: string; cause: string }
  'inspector.partition.summary': { topLevelSite: string }
  'inspector.partition.crossSite': { domain: string; topLevelSite: string }
  'inspector.partition.sameSite': { domain: string; topLevelSite: string }
  'inspector.source': { scheme: string; port: string }
  'inspector.issue.notSent': { entry: string; reasons: string }
  'inspector.issue.setRefused': { entry: string; reasons: string }
  'inspector.issue.chromium': { entry: string; reasons: string }
  'inspector.issue.nearSizeLimit': { bytes: number; max: number }
  'inspector.add.noPageThere': { domain: string }
  'inspector.add.ipIsHostOnly': { address: string }
  'inspector.add.added': { name: string; warnings: string }
  'verdict.inferredTitle': { name: string }
  'verdict.capped': { days: number; held: number; asked: number }
  'verdict.storedAs': { value: string }
  'verdict.storedFor': { domain: string }
  'verdict.replacedDetail': { where: 'here' | 'later' }
  'verdict.cause.inferredPrefixRules': { prefix: string }
  'timeline.moreChips': { count: number }
  'timeline.moreChipsTitle': { count: number }
  'timeline.skip': { count: number; first: string; last: string }
  'timeline.skipTitle': { what: string }
  'timeline.skip.assets': { count: number }
  'timeline.skip.filtered': { count: number }
  'timeline.empty.touches': { name: string }
  'timeline.empty.changes': { name: string }
}

export type MessageId =
  | FactCode
  | BlockedReasonMessageId
  | StoreChangeMessageId
  | InspectorMessageId
  | CookieIssueMessageId
  | LineVerdictMessageId
  | TimelineMessageId

/** The parameters of message ID (undefined when it takes none). */
export type MessageParams<I extends MessageId> = I extends FactCode
  ? ParamsOf<I>
  : I extends keyof ExplainParams
    ? ExplainParams[I]
    : I extends keyof CookieIssueParams
      ? CookieIssueParams[I]
      : undefined
