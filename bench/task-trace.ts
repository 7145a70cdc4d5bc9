// The UI page's main-thread tasks as Chromium's own trace records them: wall-clock length (what
// a learner feels) and the thread's CPU time in it (the UI's own work). On a 2-core machine a
// burst also keeps the pane's renderer, the browser, the tutorial server and capture busy, and
// a task the UI spends 40 ms of CPU on can take 200 ms of wall clock while the system runs the
// others: the two figures side by side say which is which.

import type { Browser, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string; data?: { frames?: Array<{ url: string; processId: number }> } }
}

export interface TaskFigures {
  /** Tasks over 50 ms of wall clock, and their longest. */
  longWall: number
  longestWallMs: number
  /** Tasks over 50 ms of the thread's CPU time, and the most CPU one task took. */
  longCpu: number
  longestCpuMs: number
}

/** Runs WORK while tracing PAGE's renderer; answers WORK's result and the page's task figures. */
export async function withTaskTrace<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; tasks: TaskFigures }> {
  // The second category holds TracingStartedInBrowser, which names each frame's process.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  })
  const outcome = await work().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  const trace = await browser.stopTracing()
  if ('error' in outcome) throw outcome.error
  return { result: outcome.value, tasks: taskFigures(trace, new URL(page.url()).origin) }
}

export function taskFigures(trace: Buffer, origin: string): TaskFigures {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
  const started = events.find((e) => e.name === 'TracingStartedInBrowser')
  const pid = started?.args?.data?.frames?.find((f) => f.url.startsWith(origin))?.processId
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )
  if (pid === undefined || !main) throw new Error('the trace holds no main thread of the UI page')
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === main.tid,
  )
  const wall = tasks.map((e) => (e.dur ?? 0) / 1000)
  const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000)
  return {
    longWall: wall.filter((ms) => ms > 50).length,
    longestWallMs: Math.max(0, ...wall),
    longCpu: cpu.filter((ms) => ms > 50).length,
    longestCpuMs: Math.max(0, ...cpu),
  }
}
