// The inspector's table order: one column at a time, ascending or descending. A sort is stable
// (equal rows keep the store's own order), so clicking between columns never shuffles ties.

import type { StoredCookie } from '../../shared/domain'

export const STORE_COLUMNS = ['cookie', 'size', 'where', 'expires', 'flags'] as const
export type StoreColumn = (typeof STORE_COLUMNS)[number]
export type SortDirection = 'ascending' | 'descending'

export interface StoreSort {
  column: StoreColumn
  direction: SortDirection
}

type Compare = (a: StoredCookie, b: StoredCookie) => number

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// Chromium's three priorities in their order; a code a newer Chromium adds sorts after them.
const PRIORITY_RANK: Readonly<Record<string, number>> = { Low: 0, Medium: 1, High: 2 }
const priorityRank = (cookie: StoredCookie) => PRIORITY_RANK[cookie.priority ?? ''] ?? 3
const SAME_SITE_RANK = { none: 0, None: 1, Lax: 2, Strict: 3 } as const

const bareDomain = (cookie: StoredCookie) => cookie.domain.replace(/^\./, '')
const partitionOf = (cookie: StoredCookie) => cookie.partitionKey?.topLevelSite ?? ''

/** Fewest protections first: Secure, then HttpOnly, then SameSite from none to Strict. */
const protection = (cookie: StoredCookie) =>
  (cookie.secure ? 8 : 0) + (cookie.httpOnly ? 4 : 0) + SAME_SITE_RANK[cookie.sameSite ?? 'none']

const COMPARE: Record<StoreColumn, Compare> = {
  cookie: (a, b) => text(a.name, b.name) || text(a.value, b.value),
  size: (a, b) => a.size - b.size,
  where: (a, b) =>
    text(bareDomain(a), bareDomain(b)) ||
    text(a.path, b.path) ||
    text(partitionOf(a), partitionOf(b)),
  // Soonest first; a session cookie has no expiry and goes last.
  expires: (a, b) => (a.expires ?? Infinity) - (b.expires ?? Infinity) || 0,
  // The flags column shows the priority last: it breaks ties between equal protections.
  flags: (a, b) =>
    protection(a) - protection(b) ||
    priorityRank(a) - priorityRank(b) ||
    text(a.priority ?? '', b.priority ?? ''),
}

/** The cookies in SORT's order (a new array), or as they came when SORT is null. */
export function sortCookies(
  cookies: readonly StoredCookie[],
  sort: StoreSort | null,
): readonly StoredCookie[] {
  if (sort === null) return cookies
  const compare = COMPARE[sort.column]
  const sign = sort.direction === 'ascending' ? 1 : -1
  // Reversing the comparison, not the result, keeps ties in the store's order both ways.
  return [...cookies].sort((a, b) => sign * compare(a, b))
}

/** A click on a column's header: that column ascending, or the other way when it already is. */
export function nextSort(current: StoreSort | null, column: StoreColumn): StoreSort {
  if (current?.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    }
  }
  return { column, direction: 'ascending' }
}
