// How an entry's URL, status and time read in a row: paths on the tutorial server stand alone,
// other hosts are named; long cookie values are cut visibly (the detail view shows them whole).

import type { Exchange } from '../../shared/domain'
import {
  currentMessageLocale,
  formatFact,
  formatMessage,
} from '../../shared/messages/format-message'
import { dateTimeFormat } from '../../shared/messages/intl-formats'

export interface UrlParts {
  /** null when the URL is on the tutorial server (the host every lesson starts on). */
  host: string | null
  /** Path and query. */
  path: string
}

export function urlParts(url: string, serverHost: string | null): UrlParts {
  try {
    const parsed = new URL(url)
    const path = `${parsed.pathname}${parsed.search}`
    return { host: parsed.host === serverHost ? null : parsed.host, path }
  } catch {
    return { host: null, path: url }
  }
}

export const VALUE_CHIP_MAX = 24

/** A path in a row keeps this many characters at most, its end included. */
export const ROW_PATH_MAX = 72
const ROW_PATH_TAIL = 24

/**
 * "/set?key=k1&value=aaaa…aaaa&secure=1": a long path cut in its middle, so the row keeps its
 * start (where the route is) and its end (the last parameter), and stays one or two lines high.
 * The detail view and the row's tooltip show it whole.
 */
export function shortenPath(path: string, max = ROW_PATH_MAX): string {
  const chars = [...path]
  if (chars.length <= max) return path
  const tail = Math.min(ROW_PATH_TAIL, Math.floor(max / 4))
  return `${chars.slice(0, max - tail - 1).join('')}…${chars.slice(-tail).join('')}`
}

/** "a-very-long-val…" : the ellipsis shows there is more. */
export function truncateValue(value: string, max = VALUE_CHIP_MAX): string {
  const chars = [...value]
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`
}

export type StatusTone = 'pending' | 'ok' | 'redirect' | 'client-error' | 'server-error' | 'failed'

export function statusOf(exchange: Exchange): { label: string; tone: StatusTone } {
  if (exchange.state === 'pending') {
    // Heard only by its raw headers: its end will not be reported either, so it is not "pending".
    if (exchange.failure?.code === 'onlyRawHeaders' && exchange.status === null) {
      return { label: formatMessage('timeline.statusUnseen', undefined), tone: 'pending' }
    }
    return { label: formatMessage('ui.status.pending', undefined), tone: 'pending' }
  }
  if (exchange.state === 'failed' || exchange.status === null) {
    const failure = exchange.failure ? formatFact(exchange.failure) : null
    return {
      label: failure
        ? formatMessage('ui.status.failedBecause', { reason: failure })
        : formatMessage('ui.status.failed', undefined),
      tone: 'failed',
    }
  }
  const status = exchange.status
  const label = exchange.statusText ? `${status} ${exchange.statusText}` : String(status)
  if (status >= 500) return { label, tone: 'server-error' }
  if (status >= 400) return { label, tone: 'client-error' }
  if (status >= 300) return { label, tone: 'redirect' }
  return { label, tone: 'ok' }
}

/** 13:04:05 in the local clock, as the UI's language writes it: rows of one session rarely need a date. */
export function clockTime(ms: number): string {
  return dateTimeFormat(currentMessageLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(ms)
}

/** A moment with its date, as the UI's language writes it (a cookie's expiry, on hover). */
export function dateAndTime(ms: number): string {
  return dateTimeFormat(currentMessageLocale(), {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(ms)
}

/** The label every part of the UI uses for an entry: its seq. */
export function entryLabel(seq: number): string {
  return `#${seq}`
}
