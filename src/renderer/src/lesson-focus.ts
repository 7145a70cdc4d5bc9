// Which thing on screen a lesson step's focus means: the timeline row (and in it the Cookie or
// Set-Cookie header, or one cookie's chips), or the store inspector's rows of a cookie. Worked
// out from the spotlight, the timeline's entries and the store the inspector shows, with no
// state of its own, so the timeline, the detail view and the inspector always agree, and a
// spotlight set before its exchange happened lights it up the moment capture reports it.

import { cookieKeyOf, type StoredCookie, type TimelineEntry } from '../../shared/domain'
import { matches, onDomain } from '../../shared/lessons/check-verdicts'
import type { LessonFocus } from '../../shared/lessons/lesson'
import type { Spotlight } from './stores/spotlight-store'

export type FocusHeader = 'Cookie' | 'Set-Cookie'

/** What the spotlight lights up now. */
export type SpotlightTarget =
  /** An exchange of the step: its row; in it one header's line, or one cookie's chips. */
  | { on: 'exchange'; entryId: string; header: FocusHeader | null; cookie: string | null }
  /** The store rows of the focused cookie (one name may be stored on several paths or partitions). */
  | { on: 'store'; cookie: string; keys: ReadonlySet<string> }
  /**
   * Nothing matches yet: no exchange of the step is the one the focus names (the step has not
   * run, or the learner has not acted yet), or the store shown holds no such cookie.
   */
  | { on: 'nothing'; focus: LessonFocus }

/**
 * The exchange a row, header or cookie focus means: the newest one since the step began
 * (seq > sinceSeq) that matches it, and among those, preferably one the step's check verdicts
 * named. Null for a store focus, or while no exchange matches.
 */
export function focusedEntryId(
  spotlight: Spotlight,
  entries: readonly TimelineEntry[],
): string | null {
  const { focus, sinceSeq, entryIds } = spotlight
  if (focus.kind === 'store') return null
  const hinted = entryIds && entryIds.length > 0 ? new Set(entryIds) : null
  let newest: string | null = null
  // Entries are in seq order: walk back from the newest to the step's start.
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]
    if (!entry || entry.seq <= sinceSeq) break
    if (entry.kind !== 'exchange' || !matches(entry, focus)) continue
    if (!hinted || hinted.has(entry.id)) return entry.id
    newest ??= entry.id
  }
  return newest
}

/** What SPOTLIGHT lights up among ENTRIES and the cookies the inspector shows (STORE). */
export function spotlightTarget(
  spotlight: Spotlight,
  entries: readonly TimelineEntry[],
  store: readonly StoredCookie[],
): SpotlightTarget {
  const { focus } = spotlight
  if (focus.kind === 'store') {
    const keys = new Set(
      store
        .filter((cookie) => cookie.name === focus.cookie && onDomain(cookie, focus.domain))
        .map(cookieKeyOf),
    )
    return keys.size > 0 ? { on: 'store', cookie: focus.cookie, keys } : { on: 'nothing', focus }
  }
  const entryId = focusedEntryId(spotlight, entries)
  if (entryId === null) return { on: 'nothing', focus }
  return {
    on: 'exchange',
    entryId,
    header: focus.kind === 'header' ? focus.header : null,
    cookie: focus.kind === 'cookie' ? focus.cookie : null,
  }
}
