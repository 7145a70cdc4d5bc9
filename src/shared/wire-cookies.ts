// The cookies an exchange considered, as they cross to the UI (shared/event-wire.ts): each one
// whole the first time, with a number, and that number alone afterwards. A request carries every
// cookie of its site, and the next request carries the same ones again: in a burst of 300
// requests with 180 cookies each, `considered` was 44 KB of each 54 KB exchange, nearly all of
// it cookies the UI already held. (The decoded entries then share one object per cookie, too.)
//
// Numbers are never implied by order: a cookie sent whole names its number, so a message the UI
// never got can only make a later reference unknown (the entry is then dropped and counted, as a
// change of a version it does not hold is), never make it read as another cookie. Numbers are
// not reused within an epoch. Each half remembers the last COOKIE_MEMORY numbers given out; the
// UI has seen at most as many as the host gave, so it forgets a number only after the host has.

import type { ConsideredCookie, StoredCookie, TimelineEntry } from './domain'

export const COOKIE_MEMORY = 8192

/** A considered cookie as it crosses: `cookie` only the first time; `cookieId` always. */
export type ConsideredOnWire = Omit<ConsideredCookie, 'cookie'> & {
  cookieId: number
  cookie?: StoredCookie
}

type OnWire<T> = T extends { considered: ConsideredCookie[] }
  ? Omit<T, 'considered'> & { considered: ConsideredOnWire[] }
  : T

/** A timeline entry as it crosses: an exchange's considered cookies by number. */
export type EntryOnWire = OnWire<TimelineEntry>

/** Forgets the oldest keys of MAP beyond COOKIE_MEMORY (a Map iterates oldest first). */
function bound<K, V>(map: Map<K, V>): void {
  for (const key of map.keys()) {
    if (map.size <= COOKIE_MEMORY) break
    map.delete(key)
  }
}

/** The host's half. */
export class CookieNumbers {
  private next = 0
  // By the cookie's JSON: equal cookies from different requests are different objects.
  private readonly numbers = new Map<string, number>()

  clear(): void {
    this.numbers.clear()
  }

  encode(considered: readonly ConsideredCookie[]): ConsideredOnWire[] {
    return considered.map(({ cookie, ...rest }) => {
      const json = JSON.stringify(cookie)
      const known = this.numbers.get(json)
      if (known !== undefined) return { ...rest, cookieId: known }
      const cookieId = this.next++
      this.numbers.set(json, cookieId)
      bound(this.numbers)
      return { ...rest, cookieId, cookie }
    })
  }
}

/** The UI's half. */
export class CookieMemory {
  private readonly cookies = new Map<number, StoredCookie>()

  clear(): void {
    this.cookies.clear()
  }

  /**
   * The considered cookies whole again, or null when one names a number not held (a message
   * lost on the way). The cookies sent whole are kept either way: later messages name them.
   */
  decode(considered: readonly ConsideredOnWire[]): ConsideredCookie[] | null {
    for (const item of considered) {
      if (item.cookie !== undefined) this.cookies.set(item.cookieId, item.cookie)
    }
    bound(this.cookies)
    const whole: ConsideredCookie[] = []
    for (const { cookieId, cookie: sent, ...rest } of considered) {
      const cookie = sent ?? this.cookies.get(cookieId)
      if (cookie === undefined) return null
      whole.push({ ...rest, cookie })
    }
    return whole
  }
}
