// A HAR file from anyone (Cookie Lab's own, Chrome DevTools', Firefox's, Playwright's) read into
// timeline exchanges, read-only. The file is hostile until proven otherwise: its size is capped
// before it is parsed, its nesting is measured in one pass before JSON.parse sees it, the parts
// the app shows are validated by a schema (everything else, bodies included, is dropped unread),
// every kept string is cut to capture's own bound, and every date is checked. What is wrong is a
// fact (`HarProblem`), worded by the catalogue.
//
// A HAR holds the headers as they were, and sometimes the exporting browser's cookie lists; it
// never holds the browser's store, and only Cookie Lab's own files hold the browser's verdicts.
// So an imported Set-Cookie line's verdict is `unknown` unless the file is Cookie Lab's and says
// it, and no exchange claims a cookie was considered or held back: the UI says what is missing
// rather than inventing it.

import { z } from 'zod'
import type { CookiePair, Exchange, HeaderLine, SetCookieLine } from '../../shared/domain'
import { MAX_HAR_BYTES, type ImportedHar } from '../../shared/har'
import type { HarProblem } from '../../shared/messages/facts'
import { cookiePairsOf } from '../capture/cookie-header'
import { headerValues } from '../capture/header-lines'
import { keptText } from '../capture/kept-text'
import { readSetCookieLine } from '../capture/set-cookie-line'
import { HAR_FORMAT_MARK } from './har-export'
import { messageOf } from '../../shared/error-message'

export { MAX_HAR_BYTES, type ImportedHar }
export const MAX_HAR_ENTRIES = 50_000
/** Nesting deeper than any HAR writer produces (a HAR is 6 levels deep, plus custom fields). */
export const MAX_HAR_DEPTH = 64
const MAX_HEADERS = 500

export type HarReading = { ok: true; har: ImportedHar } | { ok: false; problems: HarProblem[] }

const kept = (text: string) => keptText(text).text
const nameValue = z.object({ name: z.string(), value: z.string() })
const headerList = z.array(nameValue).max(MAX_HEADERS)

// Only what the app shows; unknown fields are dropped unread (zod's default).
const entrySchema = z.object({
  startedDateTime: z.string(),
  time: z.number().optional(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: headerList,
    cookies: z.array(nameValue).max(MAX_HEADERS).optional(),
  }),
  response: z.object({
    status: z.number(),
    statusText: z.string().optional(),
    headers: headerList,
    cookies: z.array(nameValue.passthrough()).max(MAX_HEADERS).optional(),
    redirectURL: z.string().optional(),
    content: z.object({ mimeType: z.string().optional() }).optional(),
  }),
  _cookieLab: z
    .object({
      // Where the entry stood in the session's timeline, and whether it was an asset (a favicon,
      // a script): read back, the rows are numbered and hidden as they were.
      seq: z.number().int().positive().optional().catch(undefined),
      isAsset: z.boolean().optional().catch(undefined),
      resourceType: z.string().max(64).optional().catch(undefined),
      setCookies: z
        .array(
          z.object({
            raw: z.string(),
            outcome: z.union([
              z.object({ status: z.literal('stored') }),
              z.object({ status: z.literal('blocked'), reasons: z.array(z.string()).max(32) }),
              z.object({ status: z.literal('unknown') }),
            ]),
          }),
        )
        .max(MAX_HEADERS),
    })
    .optional()
    .catch(undefined),
})

const logSchema = z.object({
  log: z.object({
    version: z.string(),
    creator: z.object({ name: z.string(), version: z.string().optional() }).optional(),
    entries: z.array(z.unknown()),
    _cookieLab: z
      .object({ format: z.string(), sanitised: z.boolean().optional() })
      .optional()
      .catch(undefined),
  }),
})

/** A HAR file checked as a whole, its entries not read yet (`readHarEntries` reads them). */
export interface HarLog extends Omit<ImportedHar, 'exchanges' | 'notes'> {
  entries: readonly unknown[]
}

export type HarLogReading = { ok: true; log: HarLog } | { ok: false; problems: HarProblem[] }

/**
 * Checks HAR TEXT as a whole (size, nesting, JSON, the log, its version, how many entries) and
 * keeps its entries unread: a long file's newest rows can be read and shown first. Never throws.
 */
export function openHarLog(text: string): HarLogReading {
  if (text.length > MAX_HAR_BYTES) {
    return {
      ok: false,
      problems: [{ code: 'harTooLarge', params: { bytes: text.length, max: MAX_HAR_BYTES } }],
    }
  }
  if (nestingDepth(text) > MAX_HAR_DEPTH) {
    return { ok: false, problems: [{ code: 'harTooDeep', params: { max: MAX_HAR_DEPTH } }] }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: 'harNotJson', params: { detail: keptMessageOf(error) } }],
    }
  }
  const parsed = logSchema.safeParse(json)
  if (!parsed.success) {
    return {
      ok: false,
      problems: [{ code: 'harNotHar', params: { detail: firstIssue(parsed.error) } }],
    }
  }
  const { log } = parsed.data
  if (log.version !== '1.2' && log.version !== '1.1') {
    return { ok: false, problems: [{ code: 'harVersion', params: { version: kept(log.version) } }] }
  }
  if (log.entries.length > MAX_HAR_ENTRIES) {
    const count = log.entries.length
    return {
      ok: false,
      problems: [{ code: 'harTooManyEntries', params: { count, max: MAX_HAR_ENTRIES } }],
    }
  }
  const ownFormat = log._cookieLab?.format === HAR_FORMAT_MARK
  return {
    ok: true,
    log: {
      harVersion: log.version,
      creator: kept(log.creator?.name ?? ''),
      version: kept(log.creator?.version ?? ''),
      ownFormat,
      sanitised: ownFormat && log._cookieLab?.sanitised === true,
      entries: log.entries,
    },
  }
}

/**
 * The entries FROM (inclusive) to TO (exclusive) of LOG as exchanges, and what was odd in them.
 * An entry's row number is its place in the file (from 1), so any slice reads to the rows it
 * would have read to in one pass, and an entry left out leaves its number unused.
 */
export function readHarEntries(
  log: HarLog,
  from: number,
  to: number,
): { exchanges: Exchange[]; notes: HarProblem[] } {
  const notes: HarProblem[] = []
  const exchanges: Exchange[] = []
  const end = Math.min(to, log.entries.length)
  for (let index = Math.max(0, from); index < end; index++) {
    const entry = entrySchema.safeParse(log.entries[index])
    if (!entry.success) {
      notes.push({ code: 'harEntryInvalid', params: { index, detail: firstIssue(entry.error) } })
      continue
    }
    exchanges.push(exchangeOf(entry.data, index, log.ownFormat, notes))
  }
  return { exchanges, notes }
}

/** Reads HAR TEXT whole; never throws. */
export function readHarText(text: string): HarReading {
  const opened = openHarLog(text)
  return opened.ok ? { ok: true, har: readWholeLog(opened.log) } : opened
}

/** Every entry of LOG read. */
export function readWholeLog(log: HarLog): ImportedHar {
  const { entries, ...about } = log
  return { ...about, ...readHarEntries(log, 0, entries.length) }
}

type HarEntry = z.infer<typeof entrySchema>

function exchangeOf(
  entry: HarEntry,
  index: number,
  ownFormat: boolean,
  notes: HarProblem[],
): Exchange {
  const time = Date.parse(entry.startedDateTime)
  if (Number.isNaN(time)) {
    notes.push({ code: 'harEntryDate', params: { index, value: kept(entry.startedDateTime) } })
  }
  const requestHeaders = headerLinesOf(entry.request.headers)
  const responseHeaders = headerLinesOf(entry.response.headers)
  const cookieHeader = headerValues(requestHeaders, 'cookie')[0] ?? null
  const setCookies = setCookieLinesOf(entry, responseHeaders, ownFormat)
  if (setCookies.length === 0 && (entry.response.cookies?.length ?? 0) > 0) {
    // A writer's own cookie list without the wire's lines (a sanitised or filtered export): the
    // lines themselves are not in the file, so none is made up from the list.
    notes.push({
      code: 'harCookiesWithoutHeader',
      params: { index, count: entry.response.cookies!.length },
    })
  }
  const status = entry.response.status > 0 ? entry.response.status : null
  const exchange: Exchange = {
    kind: 'exchange',
    id: `har-${index}`,
    seq: (ownFormat ? entry._cookieLab?.seq : undefined) ?? index + 1,
    time: Number.isNaN(time) ? 0 : time,
    storeChanges: [],
    requestId: `har-${index}`,
    hop: 0,
    method: kept(entry.request.method),
    url: kept(entry.request.url),
    resourceType: (ownFormat ? entry._cookieLab?.resourceType : undefined) ?? 'Other',
    isAsset: (ownFormat ? entry._cookieLab?.isAsset : undefined) ?? false,
    state: status === null ? 'failed' : 'complete',
    status,
    statusText: kept(entry.response.statusText ?? ''),
    mimeType: kept(entry.response.content?.mimeType ?? ''),
    requestHeaders,
    responseHeaders,
    cookieHeader: cookieHeader === null ? null : kept(cookieHeader),
    // A sanitised export empties the header but may keep the cookies' names in its list.
    cookiePairs: cookieHeader ? cookiePairsOf(cookieHeader) : pairsOf(entry.request.cookies),
    considered: [],
    setCookies,
  }
  if (entry.response.redirectURL) exchange.redirectedTo = kept(entry.response.redirectURL)
  if (!Number.isNaN(time) && entry.time !== undefined && entry.time >= 0) {
    exchange.finishedAt = time + entry.time
  }
  return exchange
}

function headerLinesOf(headers: readonly { name: string; value: string }[]): HeaderLine[] {
  return headers.map((header) => ({ name: kept(header.name), value: kept(header.value) }))
}

function pairsOf(cookies: readonly { name: string; value: string }[] | undefined): CookiePair[] {
  return (cookies ?? []).map((cookie) => ({ name: kept(cookie.name), value: kept(cookie.value) }))
}

/**
 * The response's Set-Cookie lines from its headers. Old Firefox folds several into one header,
 * one per line (`\n`), which no cookie can contain. Cookie Lab's own file adds the browser's
 * verdict on each line, matched by the line itself.
 */
function setCookieLinesOf(
  entry: HarEntry,
  headers: readonly HeaderLine[],
  ownFormat: boolean,
): SetCookieLine[] {
  const verdicts = ownFormat ? [...(entry._cookieLab?.setCookies ?? [])] : []
  const raws = headerValues(headers, 'set-cookie')
    .flatMap((value) => value.split('\n'))
    .filter((raw) => raw.trim() !== '')
  // Cookie Lab's sanitised file empties the header's values but keeps each line, value emptied,
  // beside its verdict: its names, attributes and verdicts are still there to show.
  if (raws.length === 0) raws.push(...verdicts.map((verdict) => verdict.raw))
  return raws.map((raw) => {
    const at = verdicts.findIndex((verdict) => verdict.raw === raw)
    const outcome = at < 0 ? { status: 'unknown' as const } : verdicts.splice(at, 1)[0]!.outcome
    return readSetCookieLine(raw, outcome)
  })
}

/**
 * The deepest nesting of objects and arrays in TEXT, in one pass that skips strings: JSON.parse
 * and the schema then never meet a file built to exhaust them. Most of a HAR is strings (URLs,
 * header values), so a string is skipped with `indexOf` to its closing quote, not a character at
 * a time: a quote closes it when the backslashes right before it are even in number.
 */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      i = closingQuote(text, i)
      if (i < 0) return deepest // an unterminated string: JSON.parse says so
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1
      if (depth > deepest) deepest = depth
    } else if (c === 0x7d || c === 0x5d) depth -= 1
  }
  return deepest
}

/** Where the string opened by the quote at OPEN ends, or -1 when it never does. */
function closingQuote(text: string, open: number): number {
  let quote = open
  for (;;) {
    quote = text.indexOf('"', quote + 1)
    if (quote < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1
    if (backslashes % 2 === 0) return quote
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return ''
  const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
  return kept(`${where}${issue.message}`)
}

/** The words of anything thrown, kept to a length a message can show. */
function keptMessageOf(error: unknown): string {
  return kept(messageOf(error))
}
