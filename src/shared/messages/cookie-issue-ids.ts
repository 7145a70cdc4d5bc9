// The ids and parameters of the words for Chromium's cookie issues (`Audits` CookieIssueDetails),
// exemptions and partitions (CHIPS): see en/cookie-issues.ts. Kept apart from message-ids.ts,
// which gathers them into MessageId.

import type { Protocol } from 'devtools-protocol'

/**
 * The issue reasons Cookie Lab has words for: this protocol version's, and the SameParty ones
 * Chromium removed in 2026, which an older Electron may still send.
 */
export type KnownIssueReason =
  | Protocol.Audits.CookieWarningReason
  | Protocol.Audits.CookieExclusionReason
  | 'ExcludeInvalidSameParty'
  | 'ExcludeSamePartyCrossPartyContext'

export type KnownExemptionReason = Exclude<Protocol.Network.CookieExemptionReason, 'None'>

export type KnownInsightType = Protocol.Audits.InsightType

export type CookieIssueMessageId =
  | `issue.reason.${KnownIssueReason}.${'summary' | 'meaning' | 'fix'}`
  | `issue.reason.unknown.${'summary' | 'meaning' | 'fix'}`
  | `issue.operation.${'SetCookie' | 'ReadCookie' | 'unknown' | 'script'}`
  | `issue.kind.${'warning' | 'exclusion'}`
  | `issue.insight.${KnownInsightType | 'unknown'}`
  | 'issue.section'
  | 'issue.intro'
  | 'issue.otherFields'
  | 'issue.marker'
  | `exemption.${KnownExemptionReason | 'unknown'}`
  | 'exemption.section'
  | 'exemption.onRequest'
  | 'exemption.onResponse'
  | 'partition.section'
  | 'partition.setInto'
  | 'partition.opaque'
  | 'partition.otherPartition'

export interface CookieIssueParams {
  'issue.reason.unknown.summary': { reason: string }
  'issue.reason.unknown.meaning': { reason: string }
  'issue.reason.unknown.fix': { reason: string }
  'issue.operation.SetCookie': { cookie: string }
  'issue.operation.ReadCookie': { cookie: string }
  'issue.operation.unknown': { cookie: string; operation: string }
  'issue.operation.script': { cookie: string }
  'issue.insight.unknown': { type: string }
  'issue.otherFields': { fields: string }
  'issue.marker': { count: number }
  'exemption.unknown': { reason: string }
  'exemption.onRequest': { name: string; because: string }
  'exemption.onResponse': { line: string; because: string }
  'partition.setInto': { site: string; crossSite: 'yes' | 'no' }
  'partition.otherPartition': { site: string }
}
