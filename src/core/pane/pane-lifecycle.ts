// The browser pane's life, the same in every host: what it may open, a navigation's outcome as
// the UI hears it ("could not load that page"), a crash (capture gap, then a fresh renderer at
// the same address on reload), zoom kept across navigations, and the PaneState published on
// every change. Hosts give it a PanePort; LabSession drives it as a PaneDriver.

import { CodedError } from '../../shared/coded-error'
import type { ColorScheme, PaneState } from '../../shared/domain'
import { netErrorNameOf } from '../../shared/explain/net-errors'
import type { PaneLoadFailure } from '../../shared/messages/facts'
import type { PaneDriver } from '../pane-driver'
import { isAllowedPaneUrl } from '../pane-target'
import type { PanePort, PanePortEvent } from './pane-port'
import { BLANK_PANE_STATE, derivePaneState, samePaneState } from './pane-state'
import { firstLineOf, messageOf } from '../../shared/error-message'

export interface PaneLifecycleOptions {
  /** Where a reload after a crash goes when the pane had no http(s) address yet. */
  homeUrl: string
  log?: (message: string) => void
}

export class PaneLifecycle implements PaneDriver {
  private current: PaneState = BLANK_PANE_STATE
  private crashed = false
  private zoom = 1
  /** null until the UI says: the page keeps the system's scheme. */
  private colorScheme: ColorScheme | null = null
  private readonly listeners = new Set<(state: PaneState) => void>()
  private readonly log: (message: string) => void
  private readonly stopListening: () => void
  // Reads are serialized so states reach the UI in the order they happened; a burst of port
  // events needs only one more read after the one running.
  private reading: Promise<void> = Promise.resolve()
  private queued: Promise<void> | null = null

  constructor(
    private readonly port: PanePort,
    private readonly options: PaneLifecycleOptions,
  ) {
    this.log = options.log ?? (() => undefined)
    this.stopListening = port.on(this.onPortEvent)
  }

  async navigate(url: string): Promise<void> {
    if (!isAllowedPaneUrl(url)) {
      throw new Error(`The pane only opens http: and https: pages; ${url} is not one.`)
    }
    await this.settle(url, async () => {
      await this.port.prepare({ replaceCrashed: false })
      await this.port.load(url)
    })
  }

  runScript(page: string, source: string): Promise<unknown> {
    if (this.current.crashed)
      return Promise.reject(new Error('The pane has crashed; reload it first.'))
    return this.port.runScript(page, source)
  }

  async goBack(): Promise<void> {
    if (this.current.crashed) return
    await this.settle(null, async () => {
      await this.port.prepare({ replaceCrashed: false })
      await this.port.goBack()
    })
  }

  async goForward(): Promise<void> {
    if (this.current.crashed) return
    await this.settle(null, async () => {
      await this.port.prepare({ replaceCrashed: false })
      await this.port.goForward()
    })
  }

  /** Also the way back from a crash: a fresh renderer loads the address the pane had. */
  async reload(): Promise<void> {
    if (this.current.crashed) return this.recover()
    await this.settle(this.current.url, async () => {
      await this.port.prepare({ replaceCrashed: false })
      await this.port.reload()
    })
  }

  async setZoom(factor: number): Promise<void> {
    this.zoom = factor
    if (!this.current.crashed) await this.port.applyZoom(factor, false)
  }

  async setColorScheme(scheme: ColorScheme): Promise<void> {
    this.colorScheme = scheme
    if (!this.crashed) await this.port.applyColorScheme(scheme)
  }

  state(): PaneState {
    return this.current
  }

  onState(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close(): void {
    this.stopListening()
    this.listeners.clear()
  }

  private async recover(): Promise<void> {
    const url = isAllowedPaneUrl(this.current.url) ? this.current.url : this.options.homeUrl
    await this.settle(url, async () => {
      await this.port.prepare({ replaceCrashed: true })
      this.crashed = false
      // A fresh renderer (or page) may not carry the emulated scheme over.
      if (this.colorScheme)
        await this.port.applyColorScheme(this.colorScheme).catch(() => undefined)
      await this.port.load(url)
    })
  }

  private readonly onPortEvent = (event: PanePortEvent): void => {
    switch (event.type) {
      case 'navigated':
        // A committed page has a live renderer, however the pane got there after a crash. Its
        // zoom is set at once, before it paints at another size.
        this.crashed = false
        this.port.applyZoom(this.zoom, true).catch(() => undefined)
        break
      case 'crashed':
        this.log(`pane: renderer gone (${event.reason})`)
        this.crashed = true
        this.port.suspendCapture({ code: 'paneStopped', params: { detail: event.reason } })
        break
      case 'destroyed':
        // No page, no traffic to see: the timeline shows a gap until the pane is recreated.
        this.log('pane: its page was closed')
        this.port.suspendCapture({ code: 'paneClosed' })
        break
      case 'open-requested':
        // A lesson's target=_blank link or window.open stays in the pane, where capture sees it.
        if (isAllowedPaneUrl(event.url)) {
          this.navigate(event.url).catch((error: unknown) =>
            this.log(`pane: popup did not load: ${messageOf(error)}`),
          )
        } else {
          this.log(`pane: refused a popup to ${event.url}`)
        }
        return
    }
    void this.refresh()
  }

  /** Runs a navigation to URL (null: back or forward, the host's error names where). */
  private async settle(url: string | null, action: () => Promise<void>): Promise<void> {
    try {
      await action()
    } catch (error) {
      // ERR_ABORTED: a newer navigation replaced this one, which is not a failure to report.
      if ((error as { code?: unknown }).code !== 'ERR_ABORTED') {
        const failure = loadFailureOf(error, url)
        this.log(`pane: could not open ${failure.params.url}: ${firstLineOf(error)}`)
        throw new CodedError(failure)
      }
    } finally {
      // Zoom is on the new page before the navigation counts as done.
      if (!this.crashed) await this.port.applyZoom(this.zoom, true).catch(() => undefined)
      await this.refresh()
    }
  }

  private refresh(): Promise<void> {
    if (this.queued) return this.queued
    const next = this.reading.then(() => {
      this.queued = null
      return this.readAndPublish()
    })
    this.queued = next
    this.reading = next
    return next
  }

  private async readAndPublish(): Promise<void> {
    let reading
    try {
      reading = this.crashed ? null : await this.port.read()
    } catch {
      return // the page navigated again or closed mid-read; the next event reads again
    }
    const next = derivePaneState(reading, this.crashed, this.current)
    if (samePaneState(next, this.current)) return
    this.current = next
    for (const listener of this.listeners) listener(next)
  }
}

/**
 * A failed navigation as the learner reads it: Chromium's network error in words, its name
 * kept for the small print. Hosts word their errors their own way (Playwright's
 * "page.goto: net::ERR_X at URL\nCall log: …", Electron's "ERR_X (-312) loading 'URL'"), so
 * the error name and the URL are read from either, and no API name reaches the UI.
 */
export function loadFailureOf(error: unknown, url: string | null): PaneLoadFailure {
  const message = messageOf(error)
  const first = message.split('\n')[0] ?? ''
  const code = (error as { code?: unknown }).code
  const name =
    typeof code === 'string' && /^ERR_[A-Z0-9_]+$/.test(code) ? code : netErrorNameOf(first)
  const where =
    url ?? / at (\S+)$/.exec(first)?.[1] ?? /loading '([^']+)'/.exec(first)?.[1] ?? 'that page'
  if (name) {
    return {
      code: 'paneLoadFailed',
      params: { url: where, why: { code: 'netError', params: { name } }, code: `net::${name}` },
    }
  }
  // Playwright names its API call first ("page.goto: Timeout 30000ms exceeded."): not for a learner.
  const detail = first.replace(/^[a-z]+\.[a-zA-Z]+: /, '') || 'the browser gave no reason'
  return { code: 'paneLoadFailedOther', params: { url: where, detail } }
}
