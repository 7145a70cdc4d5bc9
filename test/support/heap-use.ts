// Heap in use, as the memory tests and the bench measure it: the test process's own after a
// full garbage collection, and a page's JS heap after one (CDP, as DevTools reads it).

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Page } from 'playwright-core'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** This process's heap in use, in bytes, after collecting what can be. */
export function processHeapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/** PAGE's JS heap in use, in bytes, after collecting what can be. */
export async function pageHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Performance.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  } finally {
    await cdp.detach()
  }
}
