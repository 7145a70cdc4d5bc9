// The cookie name prefixes and what each one promises. A browser stores a prefixed cookie only
// if the line keeps the promise, so a reader of `__Host-id` knows where it came from. Chromium
// 156 (checked against Debian's) enforces all four: `__Http-` and `__Host-Http-` are the newer
// pair, for cookies that only a server, never a script, can have set.

export type CookiePrefix = '__Secure-' | '__Host-' | '__Http-' | '__Host-Http-'

/** What a line must hold for the browser to keep a cookie with this prefix. */
export interface PrefixRules {
  secure: boolean
  httpOnly: boolean
  /** Path=/ and no Domain: the cookie belongs to the one host that set it, every path of it. */
  hostOnlyRoot: boolean
}

/** Longest first: `__Host-Http-x` is a `__Host-Http-` cookie, not a `__Host-` one. */
const PREFIXES: readonly (readonly [CookiePrefix, PrefixRules])[] = [
  ['__Host-Http-', { secure: true, httpOnly: true, hostOnlyRoot: true }],
  ['__Host-', { secure: true, httpOnly: false, hostOnlyRoot: true }],
  ['__Http-', { secure: true, httpOnly: true, hostOnlyRoot: false }],
  ['__Secure-', { secure: true, httpOnly: false, hostOnlyRoot: false }],
]

/** A rule of a prefix that a cookie breaks. */
export type BrokenPrefixRule = 'secure' | 'httpOnly' | 'path' | 'domain'

export interface PrefixedCookie {
  name: string
  /** A nameless line's value goes back alone: one that starts with a prefix is refused too. */
  value?: string
  secure: boolean
  httpOnly: boolean
  /** As the line wrote it; absent or null when the line has none. */
  path?: string | null
  domain?: string | null
}

/** The prefix NAME starts with (browsers match it in any case), and its rules; null if none. */
export function prefixOf(name: string): { prefix: CookiePrefix; rules: PrefixRules } | null {
  const lower = name.toLowerCase()
  for (const [prefix, rules] of PREFIXES) {
    if (lower.startsWith(prefix.toLowerCase())) return { prefix, rules }
  }
  return null
}

/**
 * The prefix a nameless cookie's value starts with: Chromium 156 refuses `=__Host-x=1`
 * (InvalidPrefix), since it would go back as `__Host-x=1`, a prefixed cookie that kept no rule.
 */
export function namelessPrefixOf(cookie: PrefixedCookie): CookiePrefix | null {
  if (cookie.name !== '' || cookie.value === undefined) return null
  return prefixOf(cookie.value)?.prefix ?? null
}

/** The rules of its prefix that COOKIE breaks, in the order a learner fixes them. */
export function brokenPrefixRules(cookie: PrefixedCookie): BrokenPrefixRule[] {
  const found = prefixOf(cookie.name)
  if (!found) return []
  const { rules } = found
  const broken: BrokenPrefixRule[] = []
  if (rules.secure && !cookie.secure) broken.push('secure')
  if (rules.httpOnly && !cookie.httpOnly) broken.push('httpOnly')
  // A line without Path gets the folder of its URL, which is / only at the top of the site:
  // Chromium checks the attribute itself, so a missing Path breaks the rule too.
  if (rules.hostOnlyRoot && cookie.path !== '/') broken.push('path')
  if (rules.hostOnlyRoot && cookie.domain != null && cookie.domain !== '') broken.push('domain')
  return broken
}
