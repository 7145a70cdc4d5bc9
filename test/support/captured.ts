// Reading what capture saw, for the end-to-end tests: the exchanges of a timeline, and the
// latest finished one that a test is waiting for.

import type { Exchange, TimelineEntry } from '../../src/shared/domain'
import type { WaitingCapture } from './waiting-capture'

export const exchangesIn = (entries: readonly TimelineEntry[]): Exchange[] =>
  entries.filter((entry): entry is Exchange => entry.kind === 'exchange')

/** The latest complete exchange that WANTED picks, once capture has it. */
export async function latestComplete(
  capture: WaitingCapture,
  wanted: (exchange: Exchange) => boolean,
  timeoutMs = 10_000,
): Promise<Exchange> {
  const find = (entries: readonly TimelineEntry[]) =>
    exchangesIn(entries)
      .filter((exchange) => exchange.state === 'complete' && wanted(exchange))
      .at(-1)
  await capture.waitFor((entries) => find(entries) !== undefined, timeoutMs)
  return find(capture.entries())!
}

/**
 * An exchange's URL. A request heard only by its raw headers has none (`url` is ''): it reads as
 * about:blank, which has no host or path a test looks for. Under load a burst can leave one.
 */
export function urlOf(exchange: Pick<Exchange, 'url'>): URL {
  return new URL(exchange.url || 'about:blank')
}

/** The path of an exchange's URL, with its query: `/set?key=a`. */
export function pathOf(exchange: Exchange): string {
  const url = urlOf(exchange)
  return `${url.pathname}${url.search}`
}
