import { describe, expect, it } from 'vitest'
import type { StoredCookie, TimelineEntry } from '../../src/shared/domain'
import { WireDecoder, WireEncoder, type EntryWire } from '../../src/shared/event-wire'
import { COOKIE_MEMORY } from '../../src/shared/wire-cookies'

// Plain data in the shape of the domain: the wire compares and copies fields, whatever they hold.
const entry = (fields: { id: string } & Record<string, unknown>) =>
  ({ kind: 'exchange', seq: 1, status: null, ...fields }) as unknown as TimelineEntry
const cookie = (name: string, value = 'v', domain = 'localhost') =>
  ({ name, value, domain, path: '/', secure: false }) as unknown as StoredCookie

describe('the wire for entries', () => {
  it('sends an entry whole once, then only the fields that changed, came or went', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    const considered = Array.from({ length: 180 }, (_, i) => ({
      cookie: cookie(`k${i}`),
      blockedReasons: [],
    }))
    const v1 = entry({ id: 'a', considered, failure: { code: 'x' } })
    const v2 = entry({ id: 'a', considered: structuredClone(considered), status: 200 })
    const whole = encoder.entry(v1)
    expect(whole).toMatchObject({ whole: v1 })
    expect(decoder.entry(whole)).toEqual(v1)
    const change = encoder.entry(v2)
    expect(change).toMatchObject({ id: 'a', set: { status: 200 }, unset: ['failure'] })
    expect(JSON.stringify(change).length).toBeLessThan(200)
    expect(decoder.entry(change)).toEqual(v2)
  })

  it('names a field set to undefined in `unset`: JSON would drop it, and the old value would stay', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(encoder.entry(entry({ id: 'a', redirectedTo: '/x' })))
    const change = encoder.entry(entry({ id: 'a', redirectedTo: undefined }))
    const decoded = decoder.entry(JSON.parse(JSON.stringify(change)) as EntryWire)
    expect(decoded).not.toHaveProperty('redirectedTo')
  })

  it('applies a change only to the very version it was made from', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(encoder.entry(entry({ id: 'a' })))
    const lost = encoder.entry(entry({ id: 'a', status: 200 }))
    const next = encoder.entry(entry({ id: 'a', status: 200, finishedAt: 9 }))
    expect(lost).toHaveProperty('base')
    // `lost` never arrived: `next` is a change of a version this UI does not hold.
    expect(decoder.entry(next)).toBeNull()
    expect(decoder.dropped).toBe(1)
  })

  it('starts again at `ready`: whole entries, and what an older epoch still had on its way dropped', () => {
    const encoder = new WireEncoder()
    const old = new WireDecoder()
    old.entry(encoder.entry(entry({ id: 'a' })))
    const inFlight = encoder.entry(entry({ id: 'a', status: 200 }))
    encoder.reset()
    const reloaded = new WireDecoder()
    const after = encoder.entry(entry({ id: 'a', status: 302 }))
    expect(after).toHaveProperty('whole')
    // The reloaded UI meets the old change first (it overtook nothing: it was sent first).
    expect(reloaded.entry(inFlight)).toBeNull()
    expect(reloaded.entry(after)).toMatchObject({ id: 'a', status: 302 })
    expect(reloaded.entry(inFlight)).toBeNull()
    expect(reloaded.dropped).toBe(2)
  })
})

describe('the cookies an exchange considered, on the wire', () => {
  const consideredOf = (cookies: StoredCookie[]) =>
    cookies.map((c) => ({ cookie: c, blockedReasons: [] as string[] }))
  const exchange = (id: string, cookies: StoredCookie[]) =>
    entry({ id, considered: consideredOf(cookies) })
  // What the browser host's transport does to every message.
  const overJson = (wire: EntryWire) => JSON.parse(JSON.stringify(wire)) as EntryWire
  // Every field capture gives a cookie (as in a burst), for the wire's saving at its real size.
  const captured = (name: string, value = 'v') =>
    ({
      ...cookie(name, value, '127.0.0.1'),
      expires: null,
      size: name.length + value.length,
      httpOnly: false,
      sameSite: null,
      hostOnly: true,
      partitionKey: null,
      priority: 'Medium',
      sourceScheme: 'NonSecure',
      sourcePort: 43463,
    }) as StoredCookie
  const many = (n: number, value = 'v') =>
    Array.from({ length: n }, (_, i) => captured(`k${i}`, value))

  it('sends a cookie whole once, then by its number; the UI gets equal entries sharing one object per cookie', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    const first = exchange('a', many(180))
    // The next request: the same cookies (other objects, as capture makes them) and one more.
    const second = exchange('b', [...structuredClone(many(180)), captured('new')])
    const firstWire = overJson(encoder.entry(first))
    const secondWire = overJson(encoder.entry(second))
    const a = decoder.entry(firstWire)
    const b = decoder.entry(secondWire)
    expect(a).toEqual(first)
    expect(b).toEqual(second)
    expect(JSON.stringify(secondWire).length).toBeLessThan(JSON.stringify(firstWire).length / 5)
    const cookiesOf = (e: TimelineEntry | null) =>
      (e as unknown as { considered: Array<{ cookie: StoredCookie }> }).considered.map(
        (c) => c.cookie,
      )
    expect(cookiesOf(b)[5]).toBe(cookiesOf(a)[5])
  })

  it('sends a cookie whose value changed whole again', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(overJson(encoder.entry(exchange('a', many(3)))))
    const changed = exchange('b', many(3, 'other'))
    expect(decoder.entry(overJson(encoder.entry(changed)))).toEqual(changed)
  })

  it('decodes the considered cookies of a change, too', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(overJson(encoder.entry(exchange('a', many(2)))))
    const more = exchange('a', many(4))
    const change = overJson(encoder.entry(more))
    expect(change).toHaveProperty('base')
    expect(decoder.entry(change)).toEqual(more)
  })

  it('drops an entry that names a cookie the UI never got, and never reads it as another', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(overJson(encoder.entry(exchange('a', [cookie('old')]))))
    // Lost on the way: the message that brought `secret` whole.
    encoder.entry(exchange('b', [cookie('secret')]))
    const next = overJson(encoder.entry(exchange('c', [cookie('secret'), cookie('old')])))
    expect(decoder.entry(next)).toBeNull()
    expect(decoder.dropped).toBe(1)
    // Every later entry that names it is dropped too; the others still cross.
    expect(decoder.entry(overJson(encoder.entry(exchange('d', [cookie('secret')]))))).toBeNull()
    const after = exchange('e', [cookie('old'), cookie('fresh')])
    expect(decoder.entry(overJson(encoder.entry(after)))).toEqual(after)
    expect(decoder.dropped).toBe(2)
  })

  it('sends cookies whole again after `ready`, and after the host forgot them', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    decoder.entry(overJson(encoder.entry(exchange('a', many(2)))))
    encoder.reset()
    const reloaded = new WireDecoder()
    const again = exchange('b', many(2))
    expect(reloaded.entry(overJson(encoder.entry(again)))).toEqual(again)
    // More cookies than either half remembers: the first ones cross whole once more.
    const flood = Array.from({ length: COOKIE_MEMORY }, (_, i) => cookie(`f${i}`))
    reloaded.entry(overJson(encoder.entry(exchange('c', flood))))
    const wire = overJson(encoder.entry(exchange('d', many(2))))
    expect(JSON.stringify(wire)).toContain('"name":"k0"')
    expect(reloaded.entry(wire)).toEqual(exchange('d', many(2)))
  })
})

describe('the wire for the store', () => {
  function roundTrip(stores: StoredCookie[][]) {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder()
    return stores.map((store) => {
      const wire = encoder.store(store)
      return { wire, decoded: decoder.store(JSON.parse(JSON.stringify(wire)) as never) }
    })
  }

  it('sends the store whole once, then the cookies added, changed and removed, in the store’s order', () => {
    const many = Array.from({ length: 180 }, (_, i) => cookie(`k${i}`))
    const stores = [
      many,
      [...many, cookie('new')],
      [...many.slice(1), cookie('new', 'changed')],
      [cookie('new', 'changed'), ...many.slice(2)],
      [],
    ]
    const trips = roundTrip(stores)
    trips.forEach(({ decoded }, i) => expect(decoded).toEqual(stores[i]))
    expect(trips[0]!.wire).toHaveProperty('whole')
    expect(trips[1]!.wire).toMatchObject({ set: [cookie('new')], removed: [] })
    expect(trips[1]!.wire).not.toHaveProperty('order')
    expect(trips[2]!.wire).toMatchObject({
      set: [cookie('new', 'changed')],
      removed: ['k0\0localhost\0/'],
    })
    // A cookie moved to the front: the order is the one thing the UI could not work out.
    expect(trips[3]!.wire).toHaveProperty('order')
    expect(JSON.stringify(trips[1]!.wire).length).toBeLessThan(300)
  })

  it('sends a store whole while two of its cookies share a key (bound to scheme or port)', () => {
    const http = { ...cookie('id', '1'), sourceScheme: 'NonSecure' } as StoredCookie
    const https = { ...cookie('id', '2'), sourceScheme: 'Secure' } as StoredCookie
    const stores = [[http], [http, https], [http, { ...https, value: '3' }], [https]]
    const trips = roundTrip(stores)
    trips.forEach(({ decoded }, i) => expect(decoded).toEqual(stores[i]))
    expect(trips[2]!.wire).toHaveProperty('whole')
  })

  it('tells two cookies of one name on different domains apart', () => {
    const stores = [
      [cookie('id', '1', 'a.test'), cookie('id', '2', 'b.test')],
      [cookie('id', '1', 'a.test'), cookie('id', '3', 'b.test')],
    ]
    const trips = roundTrip(stores)
    expect(trips[1]!.decoded).toEqual(stores[1])
    expect(trips[1]!.wire).toMatchObject({ set: [cookie('id', '3', 'b.test')] })
  })
})
