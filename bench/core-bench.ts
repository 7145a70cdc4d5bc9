// The core's figures: capture's ingest rate, page load with capture attached against without
// (side by side in one Chromium), and the tutorial server's throughput under concurrent load.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Agent, request } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { measureIngestRate, type RecordedCdpEvent } from './ingest-rate'
import { PaneCapture } from '../src/core/capture/pane-capture'
import { startTutorialServer } from '../src/core/server'
import { playwrightCdpConnection } from '../src/browser-host/playwright-cdp'
import { median, percentile } from './stats'

const FIXTURES = 'test/fixtures/cdp'

export function benchIngest() {
  const events: RecordedCdpEvent[] = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')).events)
  measureIngestRate(events, 20) // warm the JIT
  return measureIngestRate(events, Math.ceil(200_000 / events.length))
}

// The last page makes Chromium raise a cookie issue on every load (SameSite=None without Secure),
// so the Audits domain does real work in the figure, not only sits enabled.
const PAGES = [
  '/',
  '/cookies',
  '/getcookie',
  '/set?key=theme&value=dark&max_age=60',
  '/set?key=tracker&value=1&samesite=None',
]

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' })
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    return navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN
  })
}

/**
 * Page loads with capture attached (Network and Audits on, as in the app), divided by without:
 * two contexts, alternating, one browser.
 */
export async function benchCaptureOverhead(browser: Browser, rounds = 60) {
  const server = await startTutorialServer({ port: 0 })
  const plain = await (await browser.newContext()).newPage()
  const capturedContext = await browser.newContext()
  const captured = await capturedContext.newPage()
  const capture = new PaneCapture()
  await capture.attach(playwrightCdpConnection(await capturedContext.newCDPSession(captured)))
  const times = { plain: [] as number[], captured: [] as number[] }
  try {
    for (let round = -5; round < rounds; round += 1) {
      for (const path of PAGES) {
        const url = server.url + path
        // Alternate which goes first so neither always meets a warmer cache or a cooler CPU.
        const order =
          (round + PAGES.indexOf(path)) % 2 === 0 ? ['plain', 'captured'] : ['captured', 'plain']
        for (const mode of order as Array<'plain' | 'captured'>) {
          const ms = await loadTime(mode === 'plain' ? plain : captured, url)
          if (round >= 0) times[mode].push(ms)
        }
      }
    }
    await capture.settled()
    const auditsOff = capture.problems().find((problem) => problem.source === 'Audits.enable')
    if (auditsOff) throw new Error(`The Audits domain was not on: ${auditsOff.message}`)
    return {
      loads: times.plain.length,
      plainMedianMs: median(times.plain),
      capturedMedianMs: median(times.captured),
      ratio: median(times.captured) / median(times.plain),
      entries: capture.entries().length,
      cookieIssues: capture
        .entries()
        .reduce(
          (sum, entry) => sum + (entry.kind === 'exchange' ? (entry.cookieIssues?.length ?? 0) : 0),
          0,
        ),
    }
  } finally {
    capture.close()
    await plain.context().close()
    await capturedContext.close()
    await server.close()
  }
}

/** Requests per second on /getcookie, CONCURRENCY keep-alive clients for a bounded time. */
export async function benchServer(concurrency = 32, seconds = 3, maxRequests = 100_000) {
  const server = await startTutorialServer({ port: 0 })
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  let failures = 0
  const deadline = performance.now() + seconds * 1000
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now()
      const req = request(
        `${server.url}/getcookie`,
        { agent, headers: { Cookie: 'userID=alice; theme=dark' } },
        (res) => {
          res.resume()
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - started)
            else failures += 1
            resolve()
          })
        },
      )
      req.on('error', () => {
        failures += 1
        resolve()
      })
      req.end()
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && latencies.length + failures < maxRequests) await one()
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  await server.close()
  return {
    concurrency,
    requests: latencies.length,
    failures,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  }
}
