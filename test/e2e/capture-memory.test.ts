// A page in the pane cannot grow capture's memory without bound. 300 fetches with 1 MB URLs used
// to keep every byte (694 MB of heap, a 300 MB `ready` snapshot). Here a hostile site on
// loopback makes 300 fetches with 128 KB URLs (38 MB of URL text: Chromium itself takes about
// 2.5 s per 1 MB URL on a busy machine, so 1 MB URLs would make a slow test of the same thing).
// Every exchange stays in the timeline, its URL shortened with the bytes cut counted.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect } from 'vitest'
import { exchangesIn, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

const FETCHES = 300
const URL_BYTES = 128 * 1024
/** What capture may keep of those 38 MB: the bounds this test holds it to. */
const MAX_HEAP_GROWTH = 32 * 1024 * 1024
const MAX_SNAPSHOT_JSON = 4 * 1024 * 1024

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function heapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

let site: Server | undefined
afterEach(() => {
  site?.close()
  site = undefined
})

/** A site of the attacker's: its page and an answer to any URL, however long. */
async function hostileSite(): Promise<string> {
  site = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(request.url === '/' ? '<!doctype html><title>long URLs</title>' : 'ok')
  })
  const listening = site
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`
}

const isLong = (url: string) => url.includes('?long=')

describe('capture memory', () => {
  labTest(
    `keeps ${FETCHES} fetches with long URLs within its bounds, and every one of them`,
    async ({ lab }) => {
      await lab.session.navigate(await hostileSite())
      await lab.capture.settled()
      const before = heapAfterGc()

      await lab.page.evaluate(
        async ([count, bytes]) => {
          const long = `/?long=${'x'.repeat(bytes)}`
          for (let i = 0; i < count; i += 10) {
            const batch = []
            for (let j = i; j < Math.min(i + 10, count); j += 1) batch.push(fetch(`${long}&n=${j}`))
            await Promise.all(batch)
          }
        },
        [FETCHES, URL_BYTES] as const,
      )
      await lab.capture.waitFor(
        (entries) =>
          exchangesIn(entries).filter((e) => isLong(e.url) && e.state === 'complete').length ===
          FETCHES,
        30_000,
      )
      await lab.capture.settled()
      const growth = heapAfterGc() - before
      const snapshotJson = JSON.stringify(lab.session.snapshot()).length
      console.log(
        `[capture-memory] ${FETCHES} fetches with ${URL_BYTES / 1024} KB URLs: ` +
          `heap +${(growth / 1048576).toFixed(1)} MB, snapshot ${(snapshotJson / 1048576).toFixed(2)} MB`,
      )
      expect(growth).toBeLessThan(MAX_HEAP_GROWTH)
      expect(snapshotJson).toBeLessThan(MAX_SNAPSHOT_JSON)

      const long = exchangesIn(lab.capture.entries()).filter((e) => isLong(e.url))
      expect(long).toHaveLength(FETCHES)
      for (const exchange of long) {
        // The kept start and the bytes cut add up to the whole URL (`/?long=…&n=N`).
        const whole = urlOf(exchange).origin.length + '/?long='.length + URL_BYTES + 4
        expect(exchange.url.length).toBeLessThan(10_000)
        expect(exchange.url.length + (exchange.urlCutBytes ?? 0)).toBeGreaterThanOrEqual(whole)
      }
    },
    180_000,
  )
})
