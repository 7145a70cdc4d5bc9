// A long workshop session: ten thousand exchanges must stay cheap to ingest, attribute and
// travel through.

import { afterEach, describe, expect, it } from 'vitest'
import { measureIngestRate } from '../../../bench/ingest-rate'
import type { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { Exchange } from '../../../src/shared/domain'
import { exchangeEvents } from './cdp-events'
import { attachedCapture, cdpCookie, loadFixture } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)
const COUNT = 10_000

describe('ten thousand exchanges', () => {
  it('are ingested, attributed and kept for time travel quickly', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    const { browser } = attached
    const started = performance.now()
    for (let i = 0; i < COUNT; i += 1) {
      // Every tenth response changes the cookie; the others are plain page loads.
      const sets = i % 10 === 0
      const events = exchangeEvents({
        requestId: `r${i}`,
        at: T0 + i,
        url: `http://127.0.0.1/page/${i}`,
        cookie: `n=${i - (i % 10)}`,
        ...(sets ? { setCookies: [`n=${i}; Path=/`] } : {}),
      })
      if (sets) browser.cookies = [cdpCookie({ name: 'n', value: String(i) })]
      for (const event of events) capture.ingest(event.method, event.params)
      if (sets) await capture.readStore()
    }
    const elapsed = performance.now() - started
    const entries = capture.entries()
    expect(entries).toHaveLength(COUNT)
    expect(entries.every((e) => e.kind === 'exchange')).toBe(true)
    const changed = entries.filter((e) => e.storeChanges.length > 0) as Exchange[]
    expect(changed).toHaveLength(COUNT / 10)
    expect(changed.every((e) => e.storeChanges[0]?.cause.by === 'response')).toBe(true)
    expect(capture.storeAfter('r5000:0')?.map((c) => c.value)).toEqual(['5000'])
    expect(capture.storeAfter('r5009:0')?.map((c) => c.value)).toEqual(['5000'])
    expect(capture.storeAfter('r5009:0')).toBe(capture.storeAfter('r5001:0'))
    // Generous for a shared 2-core machine; it takes a fraction of this.
    expect(elapsed).toBeLessThan(10_000)
    // The test's own time limit leaves room for that bound to be the one that fails.
  }, 20_000)
})

describe('measureIngestRate', () => {
  it('measures recorded events ingested over and over', () => {
    const { events } = loadFixture('set-get-delete')
    const rate = measureIngestRate(events, 50)
    expect(rate.events).toBe(events.length * 50)
    expect(rate.ms).toBeGreaterThan(0)
    expect(rate.eventsPerSecond).toBeCloseTo((rate.events / rate.ms) * 1000, 6)
  })
})
