// `npm run bench`: every figure the issues ask for, measured on this machine in one run.

import { launchChromium } from '../test/support/chromium'
import { benchCaptureOverhead, benchIngest, benchServer } from './core-bench'

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

function row(name: string, value: string, goal = '') {
  console.log(`${name.padEnd(52)} ${value.padStart(16)}  ${goal}`)
}

async function main() {
  console.log('Cookie Lab bench\n')

  const ingest = benchIngest()
  row(
    'capture ingest (recorded CDP events)',
    `${fmt(ingest.eventsPerSecond, 0)} ev/s`,
    `${ingest.events.toLocaleString('en-US')} events in ${fmt(ingest.ms)} ms`,
  )

  const server = await benchServer()
  row(
    `tutorial server GET /getcookie, ${server.concurrency} clients`,
    `${fmt(server.requestsPerSecond, 0)} req/s`,
    `p50 ${fmt(server.p50Ms, 2)} ms, p95 ${fmt(server.p95Ms, 2)} ms, ${server.failures} failed`,
  )

  const browser = await launchChromium()
  try {
    const overhead = await benchCaptureOverhead(browser)
    row(
      'page load, capture attached / without',
      `${fmt(overhead.ratio, 3)}x`,
      `goal <= 1.05; medians ${fmt(overhead.capturedMedianMs, 2)} / ${fmt(overhead.plainMedianMs, 2)} ms over ${overhead.loads} loads each`,
    )
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
