// How entries and the store cross from the host to the UI: whole the first time, then only what
// changed. An exchange is sent three or four times as it goes (request, response, finished,
// the store's verdict), and with 180 cookies each version carried the same 30 KB of cookies
// the browser considered; the store went whole (27 KB) after every change. A burst of 300
// requests moved 45 MB to the UI that way, and every byte was serialised by the host, relayed
// by the browser (or Electron's IPC) and parsed by the UI's main thread while the learner waited.
//
// The host's encoder and the UI's decoder are two halves of one protocol, kept side by side here:
// - Each message has a number `v`, and a change names the `base` it applies to: the UI applies
//   it only to that very version, never to whatever it happens to hold.
// - Both halves remember the same entries: the last WIRE_MEMORY ones sent whole, in the same
//   order, evicted the same way, so a change is only ever sent for an entry the UI still holds.
// - `epoch` starts again when the UI says `ready` (a reload): the host forgets what it sent, and
//   the UI drops whatever an older epoch still had on its way (the `ready` snapshot is newer).

import { cookieKeyOf, type StoredCookie, type TimelineEntry } from './domain'
import { sameShape } from './same-shape'
import { CookieMemory, CookieNumbers, type EntryOnWire } from './wire-cookies'

/**
 * Entries both halves remember; an older one is sent whole again when it changes. In the UI they
 * are, object for object, the newest entries the timeline keeps anyway (its newest 1,000), so
 * remembering them costs the UI's heap next to nothing.
 */
export const WIRE_MEMORY = 1000

export type EntryWire =
  | { epoch: number; v: number; whole: EntryOnWire }
  | {
      epoch: number
      v: number
      base: number
      id: string
      /** The fields whose value changed, or that the entry gained. */
      set: Partial<EntryOnWire>
      /** The fields the entry no longer has. */
      unset: string[]
    }

export type StoreWire =
  | { epoch: number; v: number; whole: StoredCookie[] }
  | {
      epoch: number
      v: number
      base: number
      /** Cookies added or changed. */
      set: StoredCookie[]
      /** Keys (`cookieKeyOf`) of the cookies that left. */
      removed: string[]
      /**
       * Every key in the store's order, only when it is not the one the UI can work out: the
       * cookies it held, less those removed, then the new ones in the order of `set`.
       */
      order?: string[]
    }

interface Held<T> {
  v: number
  value: T
}

/** Entries by id, the newest-sent last: the bounded memory both halves keep in step. */
class EntryMemory {
  private readonly held = new Map<string, Held<TimelineEntry>>()

  get(id: string): Held<TimelineEntry> | undefined {
    return this.held.get(id)
  }

  /** A whole entry goes to the newest end; the oldest beyond WIRE_MEMORY leave. */
  putWhole(entry: TimelineEntry, v: number): void {
    this.held.delete(entry.id)
    this.held.set(entry.id, { v, value: entry })
    for (const id of this.held.keys()) {
      if (this.held.size <= WIRE_MEMORY) break
      this.held.delete(id)
    }
  }

  /** A change keeps the entry's place: only whole entries order the memory. */
  putChanged(entry: TimelineEntry, v: number): void {
    this.held.set(entry.id, { v, value: entry })
  }

  clear(): void {
    this.held.clear()
  }
}

/**
 * An entry's fields that hold a value. A field set to `undefined` is one the entry does not
 * have: JSON (the browser host's transport) drops it, so a change must name it in `unset`.
 */
function fields(entry: TimelineEntry): Map<string, unknown> {
  return new Map(Object.entries(entry).filter(([, value]) => value !== undefined))
}

/** The store in its order, with its cookies by key. */
function byKey(cookies: readonly StoredCookie[]): Map<string, StoredCookie> {
  return new Map(cookies.map((cookie) => [cookieKeyOf(cookie), cookie]))
}

/** The order the UI works out without being told: see `StoreWire.order`. */
function expectedOrder(before: readonly string[], removed: Set<string>, added: readonly string[]) {
  return [...before.filter((key) => !removed.has(key)), ...added]
}

/** The host's half: one per UI connection, after the events are coalesced. */
export class WireEncoder {
  private epoch = 0
  private v = 0
  private readonly entries = new EntryMemory()
  private readonly cookies = new CookieNumbers()
  private heldStore: Held<StoredCookie[]> | null = null

  /** The UI (re)loaded and said `ready`: it holds nothing this encoder sent before. */
  reset(): void {
    this.epoch += 1
    this.entries.clear()
    this.cookies.clear()
    this.heldStore = null
  }

  entry(entry: TimelineEntry): EntryWire {
    const { epoch } = this
    const v = ++this.v
    const held = this.entries.get(entry.id)
    if (!held) {
      this.entries.putWhole(entry, v)
      const whole =
        'considered' in entry
          ? { ...entry, considered: this.cookies.encode(entry.considered) }
          : entry
      return { epoch, v, whole }
    }
    const before = fields(held.value)
    const after = fields(entry)
    const set: Record<string, unknown> = {}
    for (const [key, value] of after) {
      if (!sameShape(before.get(key), value)) set[key] = value
    }
    const unset = [...before.keys()].filter((key) => !after.has(key))
    if ('considered' in set && 'considered' in entry) {
      set.considered = this.cookies.encode(entry.considered)
    }
    this.entries.putChanged(entry, v)
    return { epoch, v, base: held.v, id: entry.id, set: set as Partial<EntryOnWire>, unset }
  }

  store(cookies: StoredCookie[]): StoreWire {
    const { epoch } = this
    const v = ++this.v
    const held = this.heldStore
    this.heldStore = { v, value: cookies }
    if (!held) return { epoch, v, whole: cookies }
    const keys = cookies.map(cookieKeyOf)
    const now = new Set(keys)
    const before = byKey(held.value)
    // Two cookies under one key (a browser that binds cookies to their scheme or port keeps
    // both): changes by key could not tell them apart, so such a store goes whole.
    if (now.size !== keys.length || before.size !== held.value.length) {
      return { epoch, v, whole: cookies }
    }
    const set: StoredCookie[] = []
    const added: string[] = []
    cookies.forEach((cookie, i) => {
      const old = before.get(keys[i]!)
      if (old === undefined) added.push(keys[i]!)
      if (old === undefined || !sameShape(old, cookie)) set.push(cookie)
    })
    const removed = [...before.keys()].filter((key) => !now.has(key))
    const expected = expectedOrder([...before.keys()], new Set(removed), added)
    const inOrder = expected.length === keys.length && expected.every((key, i) => key === keys[i])
    return { epoch, v, base: held.v, set, removed, ...(inOrder ? {} : { order: keys }) }
  }
}

/** The UI's half: whole values back from what crossed, or null for what it must drop. */
export class WireDecoder {
  private epoch = -1
  private readonly entries = new EntryMemory()
  private readonly cookies = new CookieMemory()
  private heldStore: Held<StoredCookie[]> | null = null
  /**
   * Messages dropped: from an older epoch, or (never, if both halves keep step) a change of a
   * base not held, or an entry naming a cookie number not held (shared/wire-cookies.ts).
   */
  dropped = 0

  entry(wire: EntryWire): TimelineEntry | null {
    if (!this.inEpoch(wire.epoch)) return null
    if ('whole' in wire) {
      const whole = this.wholeCookies(wire.whole) as TimelineEntry | null
      if (whole === null) return this.drop()
      this.entries.putWhole(whole, wire.v)
      return whole
    }
    const set = this.wholeCookies(wire.set)
    const held = this.entries.get(wire.id)
    if (!held || held.v !== wire.base || set === null) return this.drop()
    const entry = { ...held.value, ...set } as Record<string, unknown>
    for (const key of wire.unset) delete entry[key]
    const next = entry as unknown as TimelineEntry
    this.entries.putChanged(next, wire.v)
    return next
  }

  store(wire: StoreWire): StoredCookie[] | null {
    if (!this.inEpoch(wire.epoch)) return null
    if ('whole' in wire) {
      this.heldStore = { v: wire.v, value: wire.whole }
      return wire.whole
    }
    const held = this.heldStore
    if (!held || held.v !== wire.base) return this.drop()
    const cookies = byKey(held.value)
    const removed = new Set(wire.removed)
    const added: string[] = []
    for (const key of removed) cookies.delete(key)
    for (const cookie of wire.set) {
      const key = cookieKeyOf(cookie)
      if (!cookies.has(key)) added.push(key)
      cookies.set(key, cookie)
    }
    const order = wire.order ?? expectedOrder(held.value.map(cookieKeyOf), removed, added)
    const next = order.flatMap((key) => cookies.get(key) ?? [])
    this.heldStore = { v: wire.v, value: next }
    return next
  }

  /** FIELDS with their considered cookies whole again (FIELDS itself when it has none); null when one is not held. */
  private wholeCookies(fields: Partial<EntryOnWire>): Record<string, unknown> | null {
    if (!('considered' in fields) || fields.considered === undefined) return fields
    const considered = this.cookies.decode(fields.considered)
    return considered === null ? null : { ...fields, considered }
  }

  /** A newer epoch starts the memory afresh; an older one's messages are dropped. */
  private inEpoch(epoch: number): boolean {
    if (epoch < this.epoch) {
      this.dropped += 1
      return false
    }
    if (epoch > this.epoch) {
      this.epoch = epoch
      this.entries.clear()
      this.cookies.clear()
      this.heldStore = null
    }
    return true
  }

  private drop(): null {
    this.dropped += 1
    return null
  }
}
