// Whether a cookie the learner adds by hand can ever travel with one of the pane's requests,
// and what Chromium will make of its Domain. The add form warns before the cookie is added and
// the inspector again after: a warning, not a refusal, since seeing such a cookie sit unused in
// the store is a lesson too.

import type { CookieDraft } from '../../shared/contract'

export type DraftWarning =
  /** No host the lessons use, and no page the pane has shown, is DOMAIN or under it. */
  | { code: 'inspector.add.noPageThere'; domain: string }
  /** `Domain=.127.0.0.1`: an IP address has no subdomains; Chromium keeps the cookie host-only. */
  | { code: 'inspector.add.ipIsHostOnly'; address: string }

// The tutorial server answers to these names and to every `*.test` and `*.localhost` name
// (its DNS-rebinding guard; the pane maps *.test to 127.0.0.1).
const TUTORIAL_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const TUTORIAL_SUFFIXES = ['.test', '.localhost']

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.includes(':')
}

/** Whether a request to HOST carries a cookie of DOMAIN (leading dot: shared with subdomains). */
export function domainReaches(domain: string, host: string): boolean {
  const shared = domain.startsWith('.')
  const bare = domain.replace(/^\./, '').toLowerCase()
  const target = host.toLowerCase()
  if (target === bare) return true
  // RFC 6265 §5.1.3: an IP address matches only itself, never as a "subdomain".
  return shared && !isIpAddress(target) && target.endsWith(`.${bare}`)
}

/** Whether some host the tutorial server answers to gets a cookie of DOMAIN. */
function tutorialReaches(domain: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase()
  if (TUTORIAL_NAMES.has(bare)) return true
  // foo.test itself is a tutorial name; `.test` (with the dot) reaches every one of them.
  return TUTORIAL_SUFFIXES.some(
    (suffix) => bare.endsWith(suffix) || (domain.startsWith('.') && `.${bare}` === suffix),
  )
}

/** What to tell the learner about DRAFT, given the hosts the pane has shown pages of. */
export function draftWarnings(
  draft: Pick<CookieDraft, 'domain'>,
  visitedHosts: Iterable<string>,
): DraftWarning[] {
  const warnings: DraftWarning[] = []
  const domain = draft.domain.trim()
  const bare = domain.replace(/^\./, '')
  if (bare === '') return warnings
  if (domain.startsWith('.') && isIpAddress(bare)) {
    warnings.push({ code: 'inspector.add.ipIsHostOnly', address: bare })
  }
  if (!tutorialReaches(domain) && ![...visitedHosts].some((host) => domainReaches(domain, host))) {
    warnings.push({ code: 'inspector.add.noPageThere', domain: bare })
  }
  return warnings
}

/** The host names of the pages the pane has shown (its URL now, and every exchange's). */
export function visitedHostsOf(urls: Iterable<string>): Set<string> {
  const hosts = new Set<string>()
  for (const url of urls) {
    try {
      const host = new URL(url).hostname
      if (host) hosts.add(host)
    } catch {
      // Not a URL (an empty pane, a cut one): no host to reach.
    }
  }
  return hosts
}
