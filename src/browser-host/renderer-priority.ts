// The browser host's side of core's pane-priority.ts: every renderer of its browser runs below
// the UI page's. The browser is the host's own (a fresh profile), so its other renderers are the
// pane's: the pane's page, its cross-site frames, and the spare renderer Chromium keeps ready for
// the next site the pane opens.
//
// CDP names no page's process. The UI's is read once, from a moment's trace of the UI page:
// Chromium's TracingStartedInBrowser event lists the traced page's frames with their process ids.
// After that, SystemInfo.getProcessInfo (about a millisecond) lists the browser's renderers after
// the pane navigates, and each one that is not the UI's is lowered once.
//
// A UI page that crashes comes back in another process, perhaps the spare one, already lowered
// and never raised again: from then on nothing more is lowered (the UI's process is no longer
// known), and the log says so.

import type { Browser, Page } from 'playwright-core'
import type { PanePort } from '../core/pane/pane-port'
import { messageOf } from '../shared/error-message'
import { PanePriority } from '../core/pane/pane-priority'

interface TraceEvent {
  name?: string
  args?: { data?: { frames?: Array<{ url?: string; processId?: number }> } }
}

/** The process of PAGE's frame at ORIGIN, from a moment's trace of the page; null if none. */
export async function frameProcessId(
  browser: Browser,
  page: Page,
  origin: string,
): Promise<number | null> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] })
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as
    TraceEvent[] | { traceEvents?: TraceEvent[] }
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? [])
  const frames = events.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data
    ?.frames
  const pid = frames?.find((frame) => frame.url?.startsWith(`${origin}/`))?.processId
  return typeof pid === 'number' && pid > 0 ? pid : null
}

// At most one listing in this time: a burst of navigations costs the browser a few listings a
// second, not two for each page, and a new renderer is lowered within it.
const CHECK_SPACING_MS = 500

interface RendererPriorityOptions {
  browser: Browser
  uiPid: number
  port: PanePort
  log: (message: string) => void
}

/** Lowers the browser's other renderers now and after the pane navigates; returns a stop. */
async function keepRenderersBelowUi(options: RendererPriorityOptions): Promise<() => void> {
  const { browser, uiPid, port, log } = options
  const priority = new PanePriority(log)
  const session = await browser.newBrowserCDPSession()
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastCheck = -Infinity
  const check = async (): Promise<void> => {
    lastCheck = performance.now()
    try {
      const { processInfo } = await session.send('SystemInfo.getProcessInfo')
      priority.lower(
        processInfo
          .filter((process) => process.type === 'renderer' && process.id !== uiPid)
          .map((process) => process.id),
      )
    } catch (error) {
      if (!stopped) log(`pane: the browser's renderers were not listed: ${messageOf(error)}`)
    }
  }
  // A page committed or loaded (its frames too, cross-site ones in processes of their own).
  const off = port.on((event) => {
    if (stopped || timer || (event.type !== 'navigated' && event.type !== 'loading-stopped')) return
    const wait = Math.max(0, lastCheck + CHECK_SPACING_MS - performance.now())
    timer = setTimeout(() => {
      timer = undefined
      void check()
    }, wait)
  })
  await check()
  return () => {
    stopped = true
    clearTimeout(timer)
    off()
    void session.detach().catch(() => undefined)
  }
}

export interface BelowUiOptions {
  browser: Browser
  uiPage: Page
  /** The UI's origin on the host's file server. */
  uiOrigin: string
  port: PanePort
  log: (message: string) => void
}

export interface PaneBelowUi {
  /** True once the renderers are watched; false where the UI's process was not found. */
  ready: Promise<boolean>
  stop(): void
}

/**
 * Everything above for the browser host: finds the UI's process, then keeps the others below it.
 * Where the UI's process cannot be found, every page runs as it was, and the log says so. STOP
 * never waits: a trace still running when the browser closes ends with it.
 */
export function keepPaneBelowUi(options: BelowUiOptions): PaneBelowUi {
  const { browser, uiPage, uiOrigin, port, log } = options
  let stopped = false
  let stopChecks: () => void = () => undefined
  const ready = (async () => {
    try {
      const uiPid = await frameProcessId(browser, uiPage, uiOrigin)
      if (stopped) return false
      if (uiPid === null) {
        log("pane: the UI page's process was not found; the pane's renderers keep their priority")
        return false
      }
      stopChecks = await keepRenderersBelowUi({ browser, uiPid, port, log })
      if (stopped) stopChecks()
      uiPage.once('crash', () => {
        if (stopped) return
        stop()
        log("pane: the UI page crashed; the pane's renderers are no longer lowered")
      })
      return !stopped
    } catch (error) {
      if (!stopped) log(`pane: its renderers keep their priority: ${messageOf(error)}`)
      return false
    }
  })()
  const stop = () => {
    stopped = true
    stopChecks()
  }
  return { ready, stop }
}
