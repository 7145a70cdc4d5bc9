// Every cookie attribute in one plain sentence, for a Set-Cookie line (what the server asked
// for) and for a cookie in the store (what the browser kept). The detail view shows them as a
// table; lessons can reuse them. Pure: no DOM, no Node.

import type { ParsedSetCookie, StoredCookie } from '../domain'
import {
  brokenPrefixRules,
  prefixOf,
  type CookiePrefix,
  type PrefixedCookie,
} from './cookie-prefixes'
import { formatDuration } from './durations'

export interface AttributeExplanation {
  /** The attribute as written (`Path=/john`), or its absence (`no Domain`). */
  attribute: string
  sentence: string
}

export interface SetCookieContext {
  /** The URL whose response carried the line: it decides the default Path and the host. */
  url: string | null
  /** When the response arrived (ms since the epoch), to read Expires relative to it. */
  receivedAt: number
}

/** RFC 6265 §5.1.4: a cookie without Path gets the folder of the URL that set it. */
export function defaultCookiePath(url: string): string {
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return '/'
  }
  const lastSlash = pathname.lastIndexOf('/')
  return lastSlash <= 0 ? '/' : pathname.slice(0, lastSlash)
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}

function explainPair(name: string, value: string): AttributeExplanation {
  const attribute = `${name}=${value}`
  if (value === '') {
    return {
      attribute,
      sentence: `The cookie ${name} with an empty value: the browser sends back just "${name}=".`,
    }
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return {
      attribute,
      sentence:
        `The double quotes are part of the value the browser keeps and sends back. Werkzeug ` +
        `quotes values that hold spaces or special characters, and Flask strips the quotes ` +
        `again when it reads ${name}.`,
    }
  }
  return {
    attribute,
    sentence: `The browser keeps the value ${value} under the name ${name} and sends back ${name}=${value} with each matching request.`,
  }
}

function explainDomain(domain: string | null, host: string | null): AttributeExplanation {
  if (domain === null) {
    const where = host ?? 'the host that set it'
    return {
      attribute: 'no Domain',
      sentence: `Host-only: sent back only to ${where} itself, not to its subdomains.`,
    }
  }
  const bare = domain.replace(/^\./, '')
  return {
    attribute: `Domain=${bare}`,
    sentence: `Sent to ${bare} and to every subdomain of it (www.${bare}, api.${bare}, …).`,
  }
}

function pathScope(path: string): string {
  return path === '/'
    ? 'sent to every path on the site'
    : `sent only to URLs under ${path} (${path} itself and ${path}/…), never to other paths`
}

function explainPath(path: string): AttributeExplanation {
  const scope = pathScope(path)
  return { attribute: `Path=${path}`, sentence: `${scope[0]?.toUpperCase()}${scope.slice(1)}.` }
}

function explainSecure(secure: boolean): AttributeExplanation {
  return secure
    ? {
        attribute: 'Secure',
        sentence:
          'Sent only over https:// (browsers also trust http://localhost), so nobody on the network can read it on the way.',
      }
    : {
        attribute: 'no Secure',
        sentence: 'Sent over plain http:// as well as https://.',
      }
}

function explainHttpOnly(httpOnly: boolean): AttributeExplanation {
  return httpOnly
    ? {
        attribute: 'HttpOnly',
        sentence: "JavaScript's document.cookie cannot see it: it travels only in HTTP headers.",
      }
    : {
        attribute: 'no HttpOnly',
        sentence: 'Scripts on the page can read and change it through document.cookie.',
      }
}

function explainSameSite(sameSite: string | null, secure: boolean): AttributeExplanation {
  if (sameSite === null) {
    return {
      attribute: 'no SameSite',
      sentence:
        'Chromium treats it as SameSite=Lax: sent when following a link from another site, not with cross-site images, frames or fetches. Cross-site POSTs: only in the first two minutes after it was set, Chromium sends it with a top-level POST from another site too (the "Lax+POST" allowance, so a login through another site still works); after that, never.',
    }
  }
  const attribute = `SameSite=${sameSite}`
  switch (sameSite.toLowerCase()) {
    case 'strict':
      return {
        attribute,
        sentence:
          'Sent only with requests that start on this same site, not even when someone follows a link here from another site.',
      }
    case 'lax':
      return {
        attribute,
        sentence:
          'Sent with same-site requests and when following a link from another site, but not with cross-site images, frames, fetches or POSTs.',
      }
    case 'none':
      return {
        attribute,
        sentence: secure
          ? 'Sent with cross-site requests too: any site can make the browser send it.'
          : 'Meant to be sent cross-site, but SameSite=None is only accepted with Secure: without it the browser rejects the cookie.',
      }
    default:
      return {
        attribute,
        sentence: `"${sameSite}" is not a SameSite value the browser knows, so it ignores it and treats the cookie as Lax.`,
      }
  }
}

/** What a cookie of each prefix guarantees whoever reads its name, and what that demands. */
const PREFIX_PROMISE: Record<CookiePrefix, string> = {
  '__Secure-':
    'The browser accepts this name only with Secure, so the cookie was set over a secure connection (https://, or localhost).',
  '__Host-':
    'The browser accepts this name only with Secure, Path=/ and no Domain: the cookie belongs to this one host and every path on it, and no subdomain or sibling could have set it.',
  '__Http-':
    'The browser accepts this name only with Secure and HttpOnly: a server set it over a secure connection, and no script on the page can have written or read it.',
  '__Host-Http-':
    'The browser accepts this name only with Secure, HttpOnly, Path=/ and no Domain: this one host’s server set it over a secure connection, and no script, subdomain or sibling can have.',
}

const RULE_WORDS = {
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  path: 'Path=/',
  domain: 'no Domain',
} as const

function explainPrefix(cookie: PrefixedCookie): AttributeExplanation | null {
  const found = prefixOf(cookie.name)
  if (!found) return null
  const broken = brokenPrefixRules(cookie)
  const sentence = PREFIX_PROMISE[found.prefix]
  return {
    attribute: `${found.prefix} prefix`,
    sentence:
      broken.length === 0
        ? sentence
        : `${sentence} This line lacks ${broken.map((rule) => RULE_WORDS[rule]).join(', ')}, so the browser refuses it.`,
  }
}

const SESSION: AttributeExplanation = {
  attribute: 'no Expires/Max-Age',
  sentence: 'A session cookie: gone when the browser session ends.',
}

function explainLifetime(parsed: ParsedSetCookie, receivedAt: number): AttributeExplanation[] {
  const out: AttributeExplanation[] = []
  if (parsed.maxAge !== undefined) {
    out.push(
      parsed.maxAge <= 0
        ? {
            attribute: `Max-Age=${parsed.maxAge}`,
            sentence:
              'Deleted at once: a Max-Age of zero or less tells the browser to drop the cookie.',
          }
        : {
            attribute: `Max-Age=${parsed.maxAge}`,
            sentence: `Deleted ${formatDuration(parsed.maxAge)} after it was set, even if the browser stays open.`,
          },
    )
  }
  if (parsed.expires !== undefined) {
    const attribute = `Expires=${parsed.expires}`
    if (parsed.maxAge !== undefined) {
      out.push({
        attribute,
        sentence:
          'Ignored by modern browsers because Max-Age wins when both are given; Werkzeug writes both for very old browsers.',
      })
    } else if (parsed.expiresAt === undefined) {
      out.push({
        attribute,
        sentence:
          'A date the browser cannot read, so it ignores it: the cookie lives for the session.',
      })
    } else if (parsed.expiresAt <= receivedAt) {
      out.push({
        attribute,
        sentence:
          "A date in the past: the browser deletes the cookie at once. This is how Flask deletes a cookie: set_cookie(name, '', expires=0).",
      })
    } else {
      out.push({
        attribute,
        sentence: `Kept until that moment, about ${formatDuration((parsed.expiresAt - receivedAt) / 1000)} after it was set, even across browser restarts.`,
      })
    }
  }
  if (out.length === 0) out.push(SESSION)
  return out
}

/** A Set-Cookie line's attributes, in the order a learner reads them. */
export function explainSetCookie(
  parsed: ParsedSetCookie,
  context: SetCookieContext,
): AttributeExplanation[] {
  const path = parsed.path ?? null
  const out: AttributeExplanation[] = [explainPair(parsed.name, parsed.value)]
  const prefix = explainPrefix(parsed)
  if (prefix) out.push(prefix)
  out.push(explainDomain(parsed.domain ?? null, hostOf(context.url)))
  if (path !== null) out.push(explainPath(path))
  else {
    const fallback = context.url ? defaultCookiePath(context.url) : '/'
    out.push({
      attribute: 'no Path',
      sentence: `Defaults to ${fallback}, the folder of the URL that set it: ${pathScope(fallback)}.`,
    })
  }
  out.push(...explainLifetime(parsed, context.receivedAt))
  out.push(explainSecure(parsed.secure), explainHttpOnly(parsed.httpOnly))
  out.push(explainSameSite(parsed.sameSite, parsed.secure))
  if (parsed.partitioned) {
    out.push({
      attribute: 'Partitioned',
      sentence:
        'Kept in a separate jar for each top-level site that embeds this one (CHIPS); it needs Secure.',
    })
  }
  return out
}

/** A cookie as the browser keeps it; `now` (ms) turns its expiry into a time from now. */
export function explainStoredCookie(cookie: StoredCookie, now: number): AttributeExplanation[] {
  const out: AttributeExplanation[] = [explainPair(cookie.name, cookie.value)]
  const prefix = explainPrefix({ ...cookie, domain: cookie.hostOnly ? null : cookie.domain })
  if (prefix) out.push(prefix)
  out.push(
    cookie.hostOnly
      ? {
          attribute: `host ${cookie.domain}`,
          sentence: `Host-only (set without Domain): sent only to ${cookie.domain} itself, not to its subdomains.`,
        }
      : explainDomain(cookie.domain, null),
  )
  out.push(explainPath(cookie.path))
  if (cookie.expires === null) out.push({ attribute: 'session', sentence: SESSION.sentence })
  else {
    const at = cookie.expires * 1000
    const attribute = `expires ${new Date(at).toUTCString()}`
    out.push(
      at <= now
        ? {
            attribute,
            sentence: 'Already past: the browser drops it the next time it looks at its cookies.',
          }
        : {
            attribute,
            sentence: `Deleted in ${formatDuration((at - now) / 1000)}, even if the browser stays open.`,
          },
    )
  }
  out.push(explainSecure(cookie.secure), explainHttpOnly(cookie.httpOnly))
  out.push(explainSameSite(cookie.sameSite, cookie.secure))
  out.push({
    attribute: `${cookie.size} bytes`,
    sentence: `Name and value take ${cookie.size} of the 4096 bytes a browser keeps for one cookie.`,
  })
  return out
}
