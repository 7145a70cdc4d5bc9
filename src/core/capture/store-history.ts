// The store through time, for "show me the store right after this entry". A new version is
// kept only when the store changed, and unchanged versions are shared, so ten thousand entries
// cost ten thousand map entries, not ten thousand copies of the store.

import { cookieKeyOf, type StoredCookie } from '../../shared/domain'
import type { RawChange } from './store-diff'

type Version = readonly StoredCookie[]

export class StoreHistory {
  /** Entry seq each version is valid from; never decreases. */
  private readonly tags: number[] = []
  private readonly versions: Version[] = []
  /** The version right after an entry's own changes, for entries that changed the store. */
  private readonly byEntry = new Map<string, number>()

  get latest(): Version {
    return this.versions.at(-1) ?? []
  }

  /** The store as first seen, before any entry changed it. */
  start(cookies: readonly StoredCookie[], seq: number): void {
    this.push(Object.freeze([...cookies]), seq)
  }

  /**
   * Applies one entry's changes (or, with entryId null, changes no entry holds). `seq` places the
   * version in time: the entry's seq, or the newest seq for changes that happen "now" (expiry).
   */
  apply(changes: readonly RawChange[], seq: number, entryId: string | null): void {
    const cookies = new Map(this.latest.map((cookie) => [cookieKeyOf(cookie), cookie]))
    for (const change of changes) {
      const key = cookieKeyOf(change.cookie)
      if (change.type === 'added' || change.type === 'changed') cookies.set(key, change.cookie)
      else cookies.delete(key)
    }
    this.push(Object.freeze([...cookies.values()]), seq)
    if (entryId !== null) this.byEntry.set(entryId, this.versions.length - 1)
  }

  /** The store right after the entry: its own changes applied, and everything before it. */
  after(entryId: string, seq: number): Version {
    const own = this.byEntry.get(entryId)
    if (own !== undefined) return this.versions[own] ?? []
    // The last version valid at or before this seq (binary search: tags never decrease).
    let low = 0
    let high = this.tags.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if ((this.tags[middle] ?? Infinity) <= seq) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return this.versions[Math.max(found, 0)] ?? []
  }

  private push(version: Version, seq: number): void {
    this.tags.push(Math.max(seq, this.tags.at(-1) ?? seq))
    this.versions.push(version)
  }
}
