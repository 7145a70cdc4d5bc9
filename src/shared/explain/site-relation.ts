// How the page that made a request relates to the request's own site, as far as two URLs tell.
// Chromium 156 reports its `Schemeful…` SameSite reasons for every cross-site block, so the
// reason alone cannot say whether the scheme was the trouble; the two ends can:
// - same scheme: the browser still called it cross-site, so the sites differ;
// - other scheme, same host: the scheme alone made it cross-site;
// - other scheme, other host, or an end unknown: it may be either, and the words say so.
// (Telling whether two hosts share a registrable domain would need the public suffix list.)

export type SiteRelation = 'cross-site' | 'other-scheme' | 'unknown'

/** How INITIATORURL (the page that made the request) relates to REQUESTURL. */
export function siteRelation(requestUrl: string, initiatorOrigin: string | null): SiteRelation {
  const request = parse(requestUrl)
  const initiator = initiatorOrigin === null ? null : parse(initiatorOrigin)
  if (!request || !initiator) return 'unknown'
  if (request.protocol === initiator.protocol) return 'cross-site'
  return request.hostname === initiator.hostname ? 'other-scheme' : 'unknown'
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null
  } catch {
    return null
  }
}
