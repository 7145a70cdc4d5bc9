// DNS-rebinding protection: a page on some other site can make its own name resolve to
// 127.0.0.1 and then read this server as same-origin. Such a request still says the other
// site's name in its Host header, so only names that can never belong to someone else pass.

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])
// `.test` is reserved (RFC 6761) and never resolves publicly: the app maps *.test to 127.0.0.1
// for its multi-site lessons. `.localhost` is loopback by the same RFC, and Chromium treats it so.
const RESERVED_SUFFIXES = ['.test', '.localhost']
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/** The host name (lower case, no port) of an acceptable Host header, or null to refuse it. */
export function allowedHostname(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(hostHeader.trim())
  if (!match) return null
  const hostname = (match[1] ?? '').toLowerCase()
  if (LOOPBACK_NAMES.has(hostname)) return hostname
  const suffix = RESERVED_SUFFIXES.find((end) => hostname.endsWith(end))
  if (!suffix) return null
  const labels = hostname.split('.')
  return labels.every((label) => LABEL.test(label)) ? hostname : null
}
