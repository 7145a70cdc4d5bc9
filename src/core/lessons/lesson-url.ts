// A lesson's URLs (`LessonUrl`): a path on the tutorial, or an absolute http(s) URL. The
// tutorial's port changes at every start, so a teacher writes `https://www.shop.test/` and the
// player fills in the port; only a URL with a port of its own, or to another host, is taken as
// written.

/** What a lesson URL points at. `host` is null for a path (the tutorial host the pane is on). */
export interface LessonUrlParts {
  scheme: 'http' | 'https'
  /** Lower case, IPv6 in brackets; null for a bare path. */
  host: string | null
  /** null: none written (the tutorial's port for the scheme, or the scheme's default elsewhere). */
  port: number | null
  /** The path, without query or fragment. */
  path: string
}

const ABSOLUTE = /^https?:\/\//i

/** The parts of URL, or null when it is neither a path nor an http(s) URL without credentials. */
export function lessonUrlParts(url: string): LessonUrlParts | null {
  if (/[\s\p{Cc}]/u.test(url)) return null
  if (url.startsWith('/') && !url.startsWith('//')) {
    const parsed = new URL(url, 'http://lesson.invalid')
    return { scheme: 'http', host: null, port: null, path: parsed.pathname }
  }
  if (!ABSOLUTE.test(url) || !URL.canParse(url)) return null
  const parsed = new URL(url)
  if (parsed.username || parsed.password) return null
  // `new URL` drops a port equal to the scheme's default: read it from the text instead.
  const written = /^https?:\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d+))?/i.exec(url)?.[2]
  return {
    scheme: parsed.protocol === 'https:' ? 'https' : 'http',
    host: parsed.hostname,
    port: written === undefined ? null : Number(written),
    path: parsed.pathname,
  }
}

export function isLessonUrl(url: string): boolean {
  return lessonUrlParts(url) !== null
}
