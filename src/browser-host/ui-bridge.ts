// The browser host's stand-in for Electron's IPC: the UI page calls the LabSession through one
// Playwright binding, and capture events reach it through the preload's delivery function. As
// closed as the IPC with its sender checks: the binding lives on the UI page alone (not its
// context), answers only that page's main frame at the UI's own origin, and carries nothing but
// the contract's commands (validated by dispatchCommand): no CDP, no eval.

import type { BrowserContext, Frame, Page } from 'playwright-core'
import type { LabSession } from '../core/lab-session'
import { EventOutbox } from '../core/event-outbox'
import { encodeErrorMessage } from '../shared/coded-error'
import { dispatchCommand } from '../shared/contract-schemas'
import type { EventName, LabEventMap } from '../shared/contract'

export const INVOKE_BINDING = '__cookieLabInvoke'

export interface UiBridgeOptions {
  /** The UI's origin, `http://127.0.0.1:PORT`. */
  origin: string
  session: LabSession
  /** The bundled ui-preload.ts: it builds `window.cookieLab` over the binding. */
  preload: string
  log: (message: string) => void
  /** Called when the host has answered a UI command (the bench times `ready` with it). */
  onCommandAnswered?: (name: string) => void
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** True only for a call made by PAGE's main frame while it shows the UI's ORIGIN. */
export function isFromUi(source: { page: Page; frame: Frame }, page: Page, origin: string) {
  return (
    source.page === page &&
    source.frame === page.mainFrame() &&
    originOf(source.frame.url()) === origin
  )
}

/** Gives PAGE `window.cookieLab` before its scripts run; returns what stops the event flow. */
export async function connectUi(page: Page, options: UiBridgeOptions): Promise<() => void> {
  const { origin, session, log } = options
  const delivery = new EventDelivery(page, origin)
  await page.exposeBinding(INVOKE_BINDING, async (source, name: unknown, payload: unknown) => {
    if (!isFromUi(source, page, origin)) {
      log(`ui: refused a call from ${source.frame.url()}`)
      throw new Error('Cookie Lab answers its own UI page only.')
    }
    // As src/main/ipc.ts does: only the message crosses, so a fact crosses encoded in it.
    const result = await dispatchCommand(session.handlers, name, payload).catch((error) => {
      throw new Error(encodeErrorMessage(error))
    })
    options.onCommandAnswered?.(String(name))
    // Payloads cross as JSON text: Playwright's own serializer is far slower than Electron's
    // structured clone on a 10,000-entry snapshot. The domain is plain data, so JSON carries it.
    return result === undefined ? '' : JSON.stringify(result)
  })
  await page.addInitScript({ content: options.preload })
  const stopReady = session.onUiReady(() => delivery.uiReady())
  const stopEvents = session.onEvent((name, data) => delivery.push(name, data))
  return () => {
    stopReady()
    stopEvents()
  }
}

/**
 * Carries events to the UI page, one `page.evaluate` at a time: what arrives while one is on its
 * way goes in the next, coalesced (core/event-outbox.ts). One round trip per event kept the
 * page's main thread busy with the transport itself in a burst of traffic.
 *
 * A delivery is one task on the page's main thread, which takes in all it carries at once, and
 * what gathered while the page was busy could be half a megabyte: in a burst, such deliveries
 * were the page's longest tasks. So one carries at most DELIVERY_BYTES of events (a single larger
 * event goes alone); the rest follows in the next, in order. (Side by side, three 300-request
 * bursts each: the longest task 140-167 ms against 165-233 ms with no bound.)
 */
const DELIVERY_BYTES = 64 * 1024

class EventDelivery {
  private readonly gathered = new EventOutbox()
  private readonly waiting: Array<readonly [string, string]> = []
  private inFlight = false

  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  push<E extends EventName>(name: E, data: LabEventMap[E]): void {
    this.gathered.push(name, data)
    if (!this.inFlight) this.send()
  }

  uiReady(): void {
    this.gathered.uiReady()
  }

  private send(): void {
    const { page, waiting } = this
    for (const [name, data] of this.gathered.drain()) waiting.push([name, JSON.stringify(data)])
    if (page.isClosed() || originOf(page.url()) !== this.origin) waiting.length = 0
    if (waiting.length === 0) return
    let count = 1
    let bytes = waiting[0]![1].length
    while (count < waiting.length && bytes + waiting[count]![1].length <= DELIVERY_BYTES) {
      bytes += waiting[count]![1].length
      count += 1
    }
    this.inFlight = true
    page
      .evaluate(
        (events) => {
          const deliver = (
            window as unknown as { __cookieLabDeliver?: (n: string, json: string) => void }
          ).__cookieLabDeliver
          for (const [eventName, json] of events) deliver?.(eventName, json)
        },
        waiting.splice(0, count),
      )
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false
        this.send()
      })
  }
}

/**
 * Keeps the UI page on the UI: requests to any other origin are refused, a main-frame navigation
 * away is sent back, and any other page in the UI's context (a popup) is closed.
 */
export async function lockUiPage(
  context: BrowserContext,
  page: Page,
  origin: string,
  log: (message: string) => void,
): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (originOf(url) === origin) return route.continue()
    log(`ui: refused a request to ${url}`)
    // `aborted`, not `blockedbyclient`: a blocked navigation would commit Chromium's error page.
    return route.abort('aborted')
  })
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || originOf(frame.url()) === origin) return
    log(`ui: the UI page went to ${frame.url()}; taking it back`)
    page.goto(`${origin}/index.html`).catch(() => undefined)
  })
  context.on('page', (other) => {
    if (other === page) return
    log(`ui: closed a window the UI page opened (${other.url()})`)
    other.close().catch(() => undefined)
  })
}
