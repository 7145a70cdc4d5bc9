// The timeline's name filter, one definition for both sides: the UI filters the rows it holds,
// and the host searches the whole session with the very same test (`searchEntries`), so a row
// found by the host is a row the UI would have shown, and the other way round.

import type { TimelineEntry } from './domain'

/**
 * What the name filter asks of an entry: that it touches the cookie at all (sent, blocked, set or
 * changed), or that it set, changed or removed it in the store ("where did this come from?").
 */
export type FilterMode = 'touches' | 'changes'

export const FILTER_MODES = ['touches', 'changes'] as const satisfies readonly FilterMode[]

/** Every cookie name an entry touches: sent, blocked, set, or changed in the store. */
export function cookieNamesOf(entry: TimelineEntry): string[] {
  const names = entry.storeChanges.map((change) => change.cookie.name)
  if (entry.kind === 'exchange') {
    for (const pair of entry.cookiePairs) names.push(pair.name)
    for (const considered of entry.considered) names.push(considered.cookie.name)
    for (const line of entry.setCookies) {
      names.push(line.parsed?.name ?? line.raw.split('=', 1)[0]?.trim() ?? '')
    }
  }
  return names
}

/** The names of the cookies an entry added, changed, removed or expired in the store. */
export function changedNamesOf(entry: TimelineEntry): string[] {
  return entry.storeChanges.map((change) => change.cookie.name)
}

// Names in lower case, joined by a character no cookie name holds (a newline ends a header
// line), so one `includes` per entry answers the filter. Keyed by the entry object: a newer
// version of an entry is a new object, and a replaced one is collected with its key.
const SEPARATOR = '\n'
const touchedNames = new WeakMap<TimelineEntry, string>()
const changedNames = new WeakMap<TimelineEntry, string>()

function namesText(
  cache: WeakMap<TimelineEntry, string>,
  entry: TimelineEntry,
  names: (entry: TimelineEntry) => string[],
): string {
  let text = cache.get(entry)
  if (text === undefined) {
    text = names(entry)
      .map((name) => name.toLowerCase())
      .join(SEPARATOR)
    cache.set(entry, text)
  }
  return text
}

/** The filter as typed, as it is matched: trimmed, in lower case. */
export function filterNeedle(text: string): string {
  return text.trim().toLowerCase()
}

/** Whether ENTRY passes the filter NEEDLE (already `filterNeedle`d); '' lets every entry pass. */
export function matchesFilter(entry: TimelineEntry, needle: string, mode: FilterMode): boolean {
  if (needle === '') return true
  // A gap says events may be missing: hiding it would make a filtered view look complete.
  if (entry.kind === 'capture-gap') return true
  return mode === 'changes'
    ? namesText(changedNames, entry, changedNamesOf).includes(needle)
    : namesText(touchedNames, entry, cookieNamesOf).includes(needle)
}
