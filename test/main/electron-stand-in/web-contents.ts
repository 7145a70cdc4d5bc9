// Web contents: loads pages (page-fetch.ts), keeps a history, sends to its page over IPC.

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { getPriority } from 'node:os'
import { pathToFileURL } from 'node:url'
import type * as Electron from 'electron'
import { protocolHandlerFor } from './app-modules'
import { StandInDebugger } from './debugger'
import { fetchPage, type Exchange } from './page-fetch'
import type { StandInSession } from './sessions'
import { ipcClone, preventableEvent, record, TracedEmitter, type Like } from './trace'

let nextContentsId = 1

class StandInHistory implements Like<
  Electron.NavigationHistory,
  'canGoBack' | 'canGoForward' | 'goBack' | 'goForward' | 'getActiveIndex' | 'length'
> {
  readonly entries: string[] = []
  index = -1
  constructor(private readonly contents: StandInWebContents) {}
  canGoBack(): boolean {
    return this.index > 0
  }
  canGoForward(): boolean {
    return this.index < this.entries.length - 1
  }
  goBack(): void {
    if (this.canGoBack()) void this.contents.visit(this.entries[--this.index] ?? '', 'history')
  }
  goForward(): void {
    if (this.canGoForward()) void this.contents.visit(this.entries[++this.index] ?? '', 'history')
  }
  getActiveIndex(): number {
    return this.index
  }
  length(): number {
    return this.entries.length
  }
}

/**
 * A frame, hosted by a real process that stands in for its renderer (a Node process that sleeps
 * and ends by itself within a minute), so the priority main gives it can be read back.
 */
export class StandInFrame implements Like<
  Electron.WebFrameMain,
  'osProcessId',
  { framesInSubtree: StandInFrame[] }
> {
  private readonly renderer: ChildProcess
  constructor() {
    this.renderer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      stdio: 'ignore',
    })
    this.renderer.unref()
  }
  get osProcessId(): number {
    return this.renderer.pid ?? 0
  }
  get framesInSubtree(): StandInFrame[] {
    return [this]
  }
  /** The renderer's nice value now. */
  nice(): number {
    return getPriority(this.osProcessId)
  }
  end(): void {
    this.renderer.kill()
  }
}

type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0]

export class StandInWebContents
  extends TracedEmitter
  implements
    Like<
      Electron.WebContents,
      | 'id'
      | 'getURL'
      | 'getTitle'
      | 'isLoading'
      | 'isDestroyed'
      | 'isCrashed'
      | 'close'
      | 'reload'
      | 'stop'
      | 'focus'
      | 'loadURL'
      | 'loadFile'
      | 'send'
      | 'setZoomFactor'
      | 'getZoomFactor'
      | 'isDevToolsOpened'
      | 'openDevTools'
      | 'closeDevTools'
      | 'setWindowOpenHandler'
      | 'setBackgroundThrottling'
      | 'mainFrame',
      {
        session: StandInSession
        debugger: StandInDebugger
        navigationHistory: StandInHistory
        mainFrame: StandInFrame
      }
    >
{
  readonly id: number
  readonly debugger: StandInDebugger
  readonly navigationHistory: StandInHistory
  readonly mainFrame = new StandInFrame()
  windowOpenHandler: WindowOpenHandler | undefined
  private url = ''
  private title = ''
  private loading = false
  private destroyed = false
  private zoom = 1

  constructor(
    readonly session: StandInSession,
    /** The webPreferences it was created with, for the driver to inspect. */
    readonly webPreferences: Electron.WebPreferences,
    id = nextContentsId++,
  ) {
    super(`contents#${id}`)
    this.id = id
    this.debugger = new StandInDebugger(`debugger#${this.id}`, this)
    this.navigationHistory = new StandInHistory(this)
  }

  getURL(): string {
    return this.url
  }
  getTitle(): string {
    return this.title
  }
  isLoading(): boolean {
    return this.loading
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isCrashed(): boolean {
    return false
  }
  isDevToolsOpened(): boolean {
    return false
  }
  openDevTools(): void {}
  closeDevTools(): void {}
  focus(): void {}
  stop(): void {}
  setBackgroundThrottling(allowed: boolean): void {
    record(this.subject, 'setBackgroundThrottling', allowed)
  }
  getZoomFactor(): number {
    return this.zoom
  }
  setZoomFactor(factor: number): void {
    this.zoom = factor
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    record(this.subject, 'setWindowOpenHandler')
    this.windowOpenHandler = handler
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    record(this.subject, 'send', { channel, args: ipcClone(args) })
  }

  close(): void {
    if (this.destroyed) return
    record(this.subject, 'close')
    this.destroyed = true
    this.mainFrame.end()
    if (this.debugger.isAttached()) {
      this.debugger.detach()
      this.debugger.emit('detach', preventableEvent(), 'target closed')
    }
    this.emit('destroyed')
  }

  async loadURL(url: string): Promise<void> {
    record(this.subject, 'loadURL', url)
    await this.visit(url, 'load')
  }

  async loadFile(filePath: string): Promise<void> {
    record(this.subject, 'loadFile', filePath)
    if (!existsSync(filePath)) {
      const error = Object.assign(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${filePath}'`), {
        code: 'ERR_FILE_NOT_FOUND',
      })
      this.emit('did-fail-load', preventableEvent(), -6, 'ERR_FILE_NOT_FOUND', filePath, true)
      throw error
    }
    this.commit(pathToFileURL(filePath).href, 'Cookie Lab', 'load')
    this.emit('did-finish-load', preventableEvent())
  }

  reload(): void {
    record(this.subject, 'reload')
    if (this.url) void this.visit(this.url, 'reload')
  }

  /**
   * Loads URL for real: the pane's page comes from the tutorial server over loopback, the UI's
   * from the handler main gave for the app's own scheme.
   */
  async visit(url: string, how: 'load' | 'reload' | 'history'): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.loading = true
    this.emit('did-start-loading')
    const handler = protocolHandlerFor(url)
    if (handler) return this.visitHandled(url, handler, how)
    let exchange: Exchange
    try {
      exchange = await fetchPage(url)
    } catch (error) {
      this.loading = false
      this.emit('did-fail-load', preventableEvent(), -102, 'ERR_CONNECTION_REFUSED', url, true)
      this.emit('did-stop-loading')
      throw error
    }
    record(this.subject, 'page answered', { url, status: exchange.status })
    this.debugger.tellExchange(exchange)
    this.commit(url, exchange.title, how)
  }

  private async visitHandled(
    url: string,
    handler: NonNullable<ReturnType<typeof protocolHandlerFor>>,
    how: 'load' | 'reload' | 'history',
  ): Promise<void> {
    const response = await handler(new Request(url))
    const text = await response.text()
    record(this.subject, 'page answered', {
      url,
      status: response.status,
      contentType: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'),
    })
    if (response.status !== 200) {
      this.loading = false
      this.emit('did-fail-load', preventableEvent(), -6, 'ERR_FILE_NOT_FOUND', url, true)
      this.emit('did-stop-loading')
      throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`)
    }
    this.commit(url, /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? '', how)
    this.emit('did-finish-load', preventableEvent())
  }

  private commit(url: string, title: string, how: 'load' | 'reload' | 'history'): void {
    if (this.destroyed) return
    if (how === 'load') {
      this.navigationHistory.entries.splice(this.navigationHistory.index + 1)
      this.navigationHistory.entries.push(url)
      this.navigationHistory.index = this.navigationHistory.entries.length - 1
    }
    this.url = url
    this.emit('did-frame-navigate', preventableEvent(), url, 200, 'OK', true, this.id, 1)
    // Listeners ran: what they made of the renderer's priority shows at once.
    record(this.subject, 'renderer nice', this.mainFrame.nice())
    this.emit('did-navigate', preventableEvent(), url, 200, 'OK')
    this.title = title
    this.emit('page-title-updated', preventableEvent(), title, true)
    this.loading = false
    this.emit('did-stop-loading')
  }
}
