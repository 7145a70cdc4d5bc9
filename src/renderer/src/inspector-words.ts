// The store inspector's facts in words: a cookie's partition and origin, its issues, and the
// warnings about a cookie added by hand. The sentences are the catalogue's
// (shared/messages/en/inspector.ts); this module knows which one each fact takes.

import type { StoredCookie } from '../../shared/domain'
import { explainBlockedReason, type CookieDirection } from '../../shared/explain/blocked-reasons'
import { explainIssueReason } from '../../shared/explain/cookie-issues'
import { formatMessage } from '../../shared/messages/format-message'
import type { DraftWarning } from './cookie-reach'
import { entryLabel } from './entry-display'
import type { CookieIssue } from './inspector-issues'

const bare = (domain: string) => domain.replace(/^\./, '')

/**
 * A cookie as a button's name says it: its name, and its partition when it has one, so that
 * "Delete chip" is never ambiguous between two partitions.
 */
export function cookieLabel(cookie: StoredCookie): string {
  return cookie.partitionKey
    ? formatMessage('ui.store.cookieIn', {
        cookie: cookie.name,
        site: cookie.partitionKey.topLevelSite,
      })
    : cookie.name
}

/** "Partitioned: only inside pages of https://shop.test"; null for an unpartitioned cookie. */
export function partitionSummary(cookie: StoredCookie): string | null {
  if (cookie.partitionKey) {
    return formatMessage('inspector.partition.summary', {
      topLevelSite: cookie.partitionKey.topLevelSite,
    })
  }
  return cookie.partitionKeyOpaque ? formatMessage('inspector.partition.opaque', undefined) : null
}

/** What the partition means for where the cookie goes; null when it has none. */
export function partitionExplanation(cookie: StoredCookie): string | null {
  const key = cookie.partitionKey
  if (!key) return null
  const params = { domain: bare(cookie.domain), topLevelSite: key.topLevelSite }
  return key.hasCrossSiteAncestor
    ? formatMessage('inspector.partition.crossSite', params)
    : formatMessage('inspector.partition.sameSite', params)
}

/** "set over https, port 8443"; null when the browser recorded neither. */
export function sourceText(cookie: StoredCookie): string | null {
  const port = cookie.sourcePort !== null && cookie.sourcePort > 0 ? cookie.sourcePort : null
  if (cookie.sourceScheme === null && port === null) return null
  return formatMessage('inspector.source', {
    scheme: cookie.sourceScheme ?? 'Unset',
    port: port === null ? 'unknown' : String(port),
  })
}

function reasonsText(reasons: readonly string[], direction: CookieDirection): string {
  return reasons.map((reason) => explainBlockedReason(reason, direction).summary).join('; ')
}

export function issueText(issue: CookieIssue): string {
  switch (issue.code) {
    case 'inspector.issue.notSent':
      return formatMessage(issue.code, {
        entry: entryLabel(issue.seq),
        reasons: reasonsText(issue.reasons, 'request'),
      })
    case 'inspector.issue.setRefused':
      return formatMessage(issue.code, {
        entry: entryLabel(issue.seq),
        reasons: reasonsText(issue.reasons, 'response'),
      })
    case 'inspector.issue.chromium':
      return formatMessage(issue.code, {
        entry: entryLabel(issue.seq),
        reasons: [
          ...issue.exclusions.map((reason) => explainIssueReason(reason, 'exclusion').summary),
          ...issue.warnings.map((reason) => explainIssueReason(reason, 'warning').summary),
        ].join('; '),
      })
    case 'inspector.issue.nearSizeLimit':
      return formatMessage(issue.code, { bytes: issue.bytes, max: issue.max })
    case 'inspector.issue.sameSiteNoneWithoutSecure':
    case 'inspector.issue.valueBytes':
      return formatMessage(issue.code, undefined)
  }
}

export function warningText(warning: DraftWarning): string {
  return warning.code === 'inspector.add.noPageThere'
    ? formatMessage(warning.code, { domain: warning.domain })
    : formatMessage(warning.code, { address: warning.address })
}
