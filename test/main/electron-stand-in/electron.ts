// A stand-in for the part of Electron's main-process API the shell uses, so the BUILT main bundle
// runs in plain Node (test/main/shell-wiring.test.ts). A module loader hook hands it out as
// 'electron' (resolve-electron.mjs). Each object declares which members of Electron's own type it
// stands in for (`Like<Electron.App, 'whenReady' | ...>`): a signature that changes in
// electron.d.ts breaks the type check here instead of drifting away from it.
//
// It records every call that matters to the launch sequence (`trace`), and acts where acting is
// cheap and telling: `loadURL` really fetches the page over loopback (and, when the debugger is
// attached with Network enabled, tells it the exchange as CDP events, as Chromium would),
// `ipcMain.handle` refuses a second handler for a channel, `send` and `invoke` structured-clone
// what crosses IPC, `loadFile` fails for a file that does not exist. It is not Electron: what
// Chromium itself does (sandboxing, CSP, real navigation) is proven elsewhere or not at all.

import { fork, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as Electron from 'electron'

/**
 * The members K of Electron's type T with Electron's own signatures, except the members in O,
 * where the stand-in hands out another stand-in object instead of an Electron one.
 */
type Like<T, K extends keyof T, O = object> = Omit<Pick<T, K>, keyof O> & O

/** Electron's function F, returning the stand-in's R instead of an Electron object. */
type Returning<F extends (...args: never[]) => unknown, R> = (...args: Parameters<F>) => R

export interface TraceEntry {
  /** What was acted on: `app`, `session(cookie-lab-pane)`, `contents#2`, `debugger#2`... */
  subject: string
  action: string
  detail?: unknown
}

export const trace: TraceEntry[] = []

export function record(subject: string, action: string, detail?: unknown): void {
  trace.push(detail === undefined ? { subject, action } : { subject, action, detail })
}

/** What Electron's IPC would do to a value: a structured clone, which throws on functions. */
function ipcClone<T>(value: T): T {
  return structuredClone(value)
}

/** Electron hands listeners an event object; the guards only ever call `preventDefault`. */
export function preventableEvent(fields: Record<string, unknown> = {}) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

/** An emitter whose listeners are traced: "the guard was in place before the load" is a fact. */
class TracedEmitter extends EventEmitter {
  constructor(readonly subject: string) {
    super()
  }
  override on(event: string | symbol, listener: Parameters<EventEmitter['on']>[1]): this {
    if (typeof event === 'string') record(this.subject, `on ${event}`)
    return super.on(event, listener)
  }
}

// ---------------------------------------------------------------------------------------------
// app

class StandInCommandLine implements Electron.CommandLine {
  readonly switches = new Map<string, string>()
  appendArgument(value: string): void {
    record('app.commandLine', 'appendArgument', value)
  }
  appendSwitch(theSwitch: string, value?: string): void {
    record('app.commandLine', 'appendSwitch', { name: theSwitch, value })
    this.switches.set(theSwitch, value ?? '')
  }
  getSwitchValue(theSwitch: string): string {
    return this.switches.get(theSwitch) ?? ''
  }
  hasSwitch(theSwitch: string): boolean {
    return this.switches.has(theSwitch)
  }
  removeSwitch(theSwitch: string): void {
    this.switches.delete(theSwitch)
  }
}

class StandInApp
  extends EventEmitter
  implements
    Like<
      Electron.App,
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'requestSingleInstanceLock'
      | 'releaseSingleInstanceLock'
      | 'isPackaged'
      | 'commandLine'
      | 'getPath'
      | 'getName'
      | 'getVersion'
      | 'getLocale'
    >
{
  readonly commandLine = new StandInCommandLine()
  readonly isPackaged = false
  private ready = false
  private readonly readyPromise: Promise<void>
  private resolveReady = () => {}
  private userData: string | undefined
  /** Set once quitting went through: the driver then checks the process ends by itself. */
  quitted = false
  exitCode: number | undefined

  constructor() {
    super()
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve))
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }
  isReady(): boolean {
    return this.ready
  }
  requestSingleInstanceLock(): boolean {
    record('app', 'requestSingleInstanceLock')
    return true
  }
  releaseSingleInstanceLock(): void {}
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    this.userData ??= mkdtempSync(join(tmpdir(), 'cookie-lab-stand-in-'))
    return join(this.userData, name)
  }
  getName(): string {
    return 'cookie-lab'
  }
  getVersion(): string {
    return '0.0.0-stand-in'
  }
  getLocale(): string {
    return 'en-US'
  }

  /** The driver's: Electron is ready (after the main module ran, as in Electron). */
  becomeReady(): void {
    record('app', 'ready')
    this.ready = true
    this.emit('ready', preventableEvent(), {})
    this.resolveReady()
  }

  /** As Electron: `before-quit` may hold the quit; then `will-quit` may too; then `quit`. */
  quit(): void {
    record('app', 'quit called')
    if (this.quitted) return
    const beforeQuit = preventableEvent()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) {
      record('app', 'before-quit held')
      return
    }
    for (const window of StandInBaseWindow.all()) window.close()
    const willQuit = preventableEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      record('app', 'will-quit held')
      return
    }
    this.quitted = true
    record('app', 'quit')
    this.emit('quit', preventableEvent(), 0)
  }

  exit(exitCode?: number): void {
    record('app', 'exit', exitCode ?? 0)
    this.quitted = true
    this.exitCode = exitCode ?? 0
  }

  /** Electron quits when the last window closes only if nobody listens; the shell listens. */
  lastWindowClosed(): void {
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
    else this.quit()
  }
}

export const app = new StandInApp()

// ---------------------------------------------------------------------------------------------
// sessions

type HeadersListener = (
  details: Electron.OnHeadersReceivedListenerDetails,
  callback: (response: Electron.HeadersReceivedResponse) => void,
) => void

class StandInWebRequest implements Like<
  Electron.WebRequest,
  'onHeadersReceived' | 'onBeforeRequest' | 'onBeforeSendHeaders' | 'onCompleted'
> {
  readonly listeners = new Map<string, unknown>()
  constructor(private readonly subject: string) {}

  private set(name: string, args: unknown[]): void {
    // Electron's (filter, listener) and (listener) forms: the listener comes last.
    const listener = args.at(-1)
    record(this.subject, `webRequest.${name}`, listener === null ? 'removed' : 'set')
    this.listeners.set(name, listener)
  }
  onHeadersReceived(...args: unknown[]): void {
    this.set('onHeadersReceived', args)
  }
  onBeforeRequest(...args: unknown[]): void {
    this.set('onBeforeRequest', args)
  }
  onBeforeSendHeaders(...args: unknown[]): void {
    this.set('onBeforeSendHeaders', args)
  }
  onCompleted(...args: unknown[]): void {
    this.set('onCompleted', args)
  }
  headersListener(): HeadersListener | undefined {
    const listener = this.listeners.get('onHeadersReceived')
    return typeof listener === 'function' ? (listener as HeadersListener) : undefined
  }
}

class StandInCookies
  extends TracedEmitter
  implements Like<Electron.Cookies, 'get' | 'set' | 'remove' | 'flushStore'>
{
  async get(filter: Electron.CookiesGetFilter): Promise<Electron.Cookie[]> {
    record(this.subject, 'get', filter)
    return []
  }
  async set(details: Electron.CookiesSetDetails): Promise<void> {
    record(this.subject, 'set', details)
  }
  async remove(url: string, name: string): Promise<void> {
    record(this.subject, 'remove', { url, name })
  }
  async flushStore(): Promise<void> {}
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0]

export class StandInSession
  extends TracedEmitter
  implements
    Like<
      Electron.Session,
      | 'setPermissionRequestHandler'
      | 'setPermissionCheckHandler'
      | 'setDevicePermissionHandler'
      | 'setDisplayMediaRequestHandler'
      | 'setSpellCheckerEnabled'
      | 'setUserAgent'
      | 'getUserAgent'
      | 'clearStorageData'
      | 'clearCache'
      | 'isPersistent',
      { webRequest: StandInWebRequest; cookies: StandInCookies }
    >
{
  readonly webRequest: StandInWebRequest
  readonly cookies: StandInCookies
  permissionRequestHandler: PermissionRequestHandler = null
  permissionCheckHandler: PermissionCheckHandler = null
  private userAgent = 'Mozilla/5.0 (stand-in) Chrome/140.0.0.0 Electron/45.0.0'

  constructor(readonly partition: string) {
    super(`session(${partition || 'default'})`)
    this.webRequest = new StandInWebRequest(this.subject)
    this.cookies = new StandInCookies(`${this.subject}.cookies`)
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    record(this.subject, 'setPermissionRequestHandler', handler ? 'set' : 'removed')
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    record(this.subject, 'setPermissionCheckHandler', handler ? 'set' : 'removed')
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: unknown): void {
    record(this.subject, 'setDevicePermissionHandler', handler ? 'set' : 'removed')
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    record(this.subject, 'setDisplayMediaRequestHandler', handler ? 'set' : 'removed')
  }
  setSpellCheckerEnabled(enable: boolean): void {
    record(this.subject, 'setSpellCheckerEnabled', enable)
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent
  }
  getUserAgent(): string {
    return this.userAgent
  }
  async clearStorageData(): Promise<void> {
    record(this.subject, 'clearStorageData')
  }
  async clearCache(): Promise<void> {}
  isPersistent(): boolean {
    return this.partition.startsWith('persist:')
  }
}

const sessions = new Map<string, StandInSession>()

function sessionFor(partition: string): StandInSession {
  let found = sessions.get(partition)
  if (!found) sessions.set(partition, (found = new StandInSession(partition)))
  return found
}

/** The driver's: every session the shell asked for. */
export const allSessions = (): StandInSession[] => [...sessions.values()]

export const session = {
  get defaultSession(): StandInSession {
    return sessionFor('')
  },
  fromPartition(partition: string): StandInSession {
    record('session', 'fromPartition', partition)
    return sessionFor(partition)
  },
} satisfies Like<
  typeof Electron.session,
  'fromPartition' | 'defaultSession',
  {
    defaultSession: StandInSession
    fromPartition: Returning<typeof Electron.session.fromPartition, StandInSession>
  }
>

// ---------------------------------------------------------------------------------------------
// web contents, its debugger and history

let nextContentsId = 1

export class StandInDebugger
  extends TracedEmitter
  implements Like<Electron.Debugger, 'attach' | 'detach' | 'isAttached' | 'sendCommand'>
{
  private attached = false
  networkEnabled = false
  private nextRequest = 1

  constructor(
    subject: string,
    private readonly contents: StandInWebContents,
  ) {
    super(subject)
  }

  attach(protocolVersion?: string): void {
    if (this.attached) throw new Error('Debugger is already attached to the target')
    if (this.contents.isDestroyed()) throw new Error('No target available')
    record(this.subject, 'attach', protocolVersion)
    this.attached = true
  }
  detach(): void {
    record(this.subject, 'detach')
    this.attached = false
    this.networkEnabled = false
  }
  isAttached(): boolean {
    return this.attached
  }
  async sendCommand(method: string, commandParams?: unknown): Promise<unknown> {
    record(this.subject, 'sendCommand', method)
    if (!this.attached) throw new Error('No target available')
    if (method === 'Network.enable') this.networkEnabled = true
    if (method === 'Network.disable') this.networkEnabled = false
    if (method === 'Network.getAllCookies' || method === 'Storage.getCookies') {
      return { cookies: [] }
    }
    void commandParams
    return {}
  }

  /** Tells an exchange the pane made as Chromium's Network domain would, if anyone listens. */
  tellExchange(exchange: Exchange): void {
    if (!this.attached || !this.networkEnabled) return
    const requestId = `stand-in.${this.nextRequest++}`
    const at = (offset: number) => exchange.startedAt / 1000 + offset
    const send = (method: string, params: Record<string, unknown>) =>
      this.emit('message', preventableEvent(), method, ipcClone({ requestId, ...params }), '')
    send('Network.requestWillBeSent', {
      loaderId: requestId,
      documentURL: exchange.url,
      request: { url: exchange.url, method: 'GET', headers: {}, initialPriority: 'VeryHigh' },
      timestamp: at(0),
      wallTime: exchange.startedAt / 1000,
      initiator: { type: 'other' },
      redirectHasExtraInfo: false,
      type: 'Document',
      frameId: `frame#${this.contents.id}`,
      hasUserGesture: false,
    })
    send('Network.requestWillBeSentExtraInfo', {
      associatedCookies: [],
      headers: exchange.requestHeaders,
      connectTiming: { requestTime: at(0) },
    })
    send('Network.responseReceivedExtraInfo', {
      blockedCookies: [],
      headers: exchange.responseHeaders,
      resourceIPAddressSpace: 'Loopback',
      statusCode: exchange.status,
      headersText: exchange.headersText,
    })
    send('Network.responseReceived', {
      loaderId: requestId,
      timestamp: at(0.001),
      type: 'Document',
      response: {
        url: exchange.url,
        status: exchange.status,
        statusText: exchange.statusText,
        headers: exchange.responseHeaders,
        mimeType: 'text/html',
        connectionReused: false,
        connectionId: 1,
        encodedDataLength: exchange.bodyBytes,
        securityState: 'neutral',
      },
      hasExtraInfo: true,
      frameId: `frame#${this.contents.id}`,
    })
    send('Network.loadingFinished', { timestamp: at(0.002), encodedDataLength: exchange.bodyBytes })
  }
}

interface Exchange {
  url: string
  startedAt: number
  status: number
  statusText: string
  requestHeaders: Record<string, string>
  responseHeaders: Record<string, string>
  headersText: string
  bodyBytes: number
  title: string
}

/** One GET over a real socket; hosts the shell maps with `host-resolver-rules` go to loopback. */
function fetchPage(url: string): Promise<Exchange> {
  const target = new URL(url)
  if (target.protocol !== 'http:') {
    return Promise.reject(
      Object.assign(new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`), {
        code: 'ERR_UNKNOWN_URL_SCHEME',
      }),
    )
  }
  const rules = app.commandLine.getSwitchValue('host-resolver-rules')
  const mapped = /^MAP \*\.test 127\.0\.0\.1$/.test(rules) && target.hostname.endsWith('.test')
  const requestHeaders = {
    Host: target.host,
    Connection: 'close',
    Accept: 'text/html',
    'User-Agent': 'Mozilla/5.0 (stand-in)',
  }
  const startedAt = Date.now()
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: mapped ? '127.0.0.1' : target.hostname,
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        headers: requestHeaders,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          const responseHeaders: Record<string, string> = {}
          const lines: string[] = []
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            const name = response.rawHeaders[i] ?? ''
            const value = response.rawHeaders[i + 1] ?? ''
            lines.push(`${name}: ${value}`)
            // Chromium joins a repeated header's values with a newline.
            responseHeaders[name] =
              name in responseHeaders ? `${responseHeaders[name]}\n${value}` : value
          }
          const statusLine = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}`
          resolve({
            url,
            startedAt,
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            requestHeaders,
            responseHeaders,
            headersText: `${[statusLine, ...lines].join('\r\n')}\r\n\r\n`,
            bodyBytes: body.length,
            title: /<title>([^<]*)<\/title>/i.exec(body.toString('utf8'))?.[1] ?? url,
          })
        })
        response.on('error', reject)
      },
    )
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        Object.assign(new Error(`ERR_CONNECTION_REFUSED (-102) loading '${url}'`), {
          code: 'ERR_CONNECTION_REFUSED',
          cause: error,
        }),
      ),
    )
    outgoing.end()
  })
}

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
      | 'setBackgroundThrottling',
      { session: StandInSession; debugger: StandInDebugger; navigationHistory: StandInHistory }
    >
{
  readonly id: number
  readonly debugger: StandInDebugger
  readonly navigationHistory: StandInHistory
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

  /** Loads URL for real: the pane's page comes from the tutorial server over loopback. */
  async visit(url: string, how: 'load' | 'reload' | 'history'): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.loading = true
    this.emit('did-start-loading')
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

  private commit(url: string, title: string, how: 'load' | 'reload' | 'history'): void {
    if (this.destroyed) return
    if (how === 'load') {
      this.navigationHistory.entries.splice(this.navigationHistory.index + 1)
      this.navigationHistory.entries.push(url)
      this.navigationHistory.index = this.navigationHistory.entries.length - 1
    }
    this.url = url
    this.emit('did-navigate', preventableEvent(), url, 200, 'OK')
    this.title = title
    this.emit('page-title-updated', preventableEvent(), title, true)
    this.loading = false
    this.emit('did-stop-loading')
  }
}

// ---------------------------------------------------------------------------------------------
// views and windows

export class StandInView
  extends EventEmitter
  implements
    Like<
      Electron.View,
      | 'addChildView'
      | 'removeChildView'
      | 'setBounds'
      | 'getBounds'
      | 'setVisible'
      | 'getVisible'
      | 'setBackgroundColor'
    >
{
  readonly children: StandInView[] = []
  private bounds: Electron.Rectangle = { x: 0, y: 0, width: 0, height: 0 }
  private visible = true

  addChildView(view: unknown): void {
    if (!(view instanceof StandInView)) throw new TypeError('addChildView: not a View')
    const at = this.children.indexOf(view)
    if (at >= 0) this.children.splice(at, 1)
    this.children.push(view)
  }
  removeChildView(view: unknown): void {
    const at = this.children.indexOf(view as StandInView)
    if (at >= 0) this.children.splice(at, 1)
  }
  setBounds(bounds: Electron.Rectangle): void {
    this.bounds = { ...bounds }
  }
  getBounds(): Electron.Rectangle {
    return { ...this.bounds }
  }
  setVisible(visible: boolean): void {
    this.visible = visible
  }
  getVisible(): boolean {
    return this.visible
  }
  setBackgroundColor(color: string): void {
    void color
  }
}

function sessionOf(preferences: Electron.WebPreferences | undefined): StandInSession {
  const given: unknown = preferences?.session
  if (given instanceof StandInSession) return given
  if (given !== undefined) throw new TypeError('webPreferences.session is not a Session')
  return sessionFor(preferences?.partition ?? '')
}

/** The driver's: every WebContentsView the shell made, oldest first. */
export const contentsViews: WebContentsView[] = []

export class WebContentsView
  extends StandInView
  implements Like<Electron.WebContentsView, 'setBorderRadius', { webContents: StandInWebContents }>
{
  readonly webContents: StandInWebContents

  constructor(options?: Electron.WebContentsViewConstructorOptions) {
    super()
    const preferences = options?.webPreferences ?? {}
    this.webContents = new StandInWebContents(sessionOf(preferences), preferences)
    contentsViews.push(this)
    record('WebContentsView', 'new', {
      contents: this.webContents.id,
      session: this.webContents.session.subject,
      webPreferences: { ...preferences, session: undefined },
    })
  }
  setBorderRadius(radius: number): void {
    void radius
  }
}

export class StandInBaseWindow
  extends EventEmitter
  implements
    Like<
      Electron.BaseWindow,
      | 'id'
      | 'isDestroyed'
      | 'show'
      | 'hide'
      | 'focus'
      | 'close'
      | 'destroy'
      | 'isVisible'
      | 'isMinimized'
      | 'minimize'
      | 'restore'
      | 'getContentSize'
      | 'setContentSize'
      | 'getBounds'
      | 'setTitle'
      | 'getTitle',
      { contentView: StandInView }
    >
{
  private static readonly open = new Set<StandInBaseWindow>()
  private static nextId = 1
  static all(): StandInBaseWindow[] {
    return [...StandInBaseWindow.open]
  }

  readonly id = StandInBaseWindow.nextId++
  contentView = new StandInView()
  private destroyed = false
  private visible = false
  private minimized = false
  private contentSize: [number, number]
  private title: string

  constructor(readonly options: Electron.BaseWindowConstructorOptions = {}) {
    super()
    this.contentSize = [options.width ?? 800, options.height ?? 600]
    this.title = options.title ?? ''
    this.visible = options.show ?? true
    StandInBaseWindow.open.add(this)
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
  show(): void {
    record(`window#${this.id}`, 'show')
    this.visible = true
  }
  hide(): void {
    this.visible = false
  }
  isVisible(): boolean {
    return this.visible
  }
  focus(): void {}
  isMinimized(): boolean {
    return this.minimized
  }
  minimize(): void {
    this.minimized = true
  }
  restore(): void {
    this.minimized = false
  }
  getContentSize(): number[] {
    return [...this.contentSize]
  }
  setContentSize(width: number, height: number): void {
    this.contentSize = [width, height]
    this.emit('resize')
  }
  getBounds(): Electron.Rectangle {
    const [width, height] = this.contentSize
    return { x: 0, y: 0, width, height }
  }
  setTitle(title: string): void {
    this.title = title
  }
  getTitle(): string {
    return this.title
  }

  /** As a user closing the window: `close` (preventable), then the window and its views go. */
  close(): void {
    if (this.destroyed) return
    const event = preventableEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    record(`window#${this.id}`, 'closed')
    this.destroyed = true
    // As Electron: a BrowserWindow's own web contents go with it, but the web contents of the
    // views laid in it do not; whoever made them must close them (Electron's BaseWindow docs,
    // "Resource management").
    this.closeOwnContents()
    StandInBaseWindow.open.delete(this)
    this.emit('closed')
    if (StandInBaseWindow.open.size === 0) app.lastWindowClosed()
  }

  protected closeOwnContents(): void {}
}

export const BaseWindow = StandInBaseWindow

export class BrowserWindow
  extends StandInBaseWindow
  implements
    Like<Electron.BrowserWindow, 'loadURL' | 'loadFile', { webContents: StandInWebContents }>
{
  static getAllWindows(): BrowserWindow[] {
    return StandInBaseWindow.all().filter((window) => window instanceof BrowserWindow)
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.webContents === contents) ?? null
  }

  readonly webContents: StandInWebContents

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super(options)
    const preferences = options.webPreferences ?? {}
    this.webContents = new StandInWebContents(sessionOf(preferences), preferences)
    record(`window#${this.id}`, 'new BrowserWindow', {
      contents: this.webContents.id,
      session: this.webContents.session.subject,
      show: options.show,
      webPreferences: { ...preferences, session: undefined },
    })
    if (options.show === false) {
      // Chromium paints the first frame once the page has loaded.
      this.webContents.once('did-finish-load', () => this.emit('ready-to-show'))
    }
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }
  loadFile(filePath: string): Promise<void> {
    return this.webContents.loadFile(filePath)
  }
  protected override closeOwnContents(): void {
    this.webContents.close()
  }
}

// ---------------------------------------------------------------------------------------------
// IPC, menus, dialogs, theme, protocol

type InvokeListener = Parameters<Electron.IpcMain['handle']>[1]

class StandInIpcMain
  extends EventEmitter
  implements Like<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  private readonly handlers = new Map<string, InvokeListener>()

  handle(channel: string, listener: InvokeListener): void {
    // Electron's own rule: one handler per channel.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    record('ipcMain', 'handle', channel)
    this.handlers.set(channel, listener)
  }
  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return listener(event, ...args)
    })
  }
  removeHandler(channel: string): void {
    record('ipcMain', 'removeHandler', channel)
    this.handlers.delete(channel)
  }
  channels(): string[] {
    return [...this.handlers.keys()]
  }

  /**
   * The driver's: what `ipcRenderer.invoke(channel, ...args)` from FRAMEURL in SENDER's page
   * does in Electron. Arguments and answer are structured-cloned; a handler's error reaches the
   * renderer as its message only.
   */
  async invoke(
    sender: StandInWebContents,
    frameUrl: string,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const senderFrame = { url: frameUrl, parent: null, origin: new URL(frameUrl).origin }
    const event = { sender, senderFrame, frameId: 1, processId: sender.id, type: 'frame' }
    try {
      return ipcClone(
        await handler(event as unknown as Electron.IpcMainInvokeEvent, ...ipcClone(args)),
      )
    } catch (error) {
      throw new Error(
        `Error invoking remote method '${channel}': ${error instanceof Error ? error.message : error}`,
      )
    }
  }
}

export const ipcMain = new StandInIpcMain()

class StandInMenu {
  constructor(readonly template: unknown[]) {}
}

export const Menu = {
  buildFromTemplate(template: unknown[]): StandInMenu {
    return new StandInMenu(template)
  },
  setApplicationMenu(menu: unknown): void {
    if (menu !== null && !(menu instanceof StandInMenu)) throw new TypeError('not a Menu')
    record('Menu', 'setApplicationMenu', menu ? menu.template.length : null)
  },
  getApplicationMenu: (): StandInMenu | null => null,
} satisfies Like<
  typeof Electron.Menu,
  'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu',
  {
    buildFromTemplate: Returning<typeof Electron.Menu.buildFromTemplate, StandInMenu>
    getApplicationMenu: () => StandInMenu | null
  }
>

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog', 'showErrorBox', { title, content })
  },
} satisfies Like<Electron.Dialog, 'showErrorBox'>

class StandInNativeTheme
  extends EventEmitter
  implements Like<Electron.NativeTheme, 'shouldUseDarkColors' | 'themeSource'>
{
  readonly shouldUseDarkColors = false
  themeSource: Electron.NativeTheme['themeSource'] = 'system'
}

export const nativeTheme = new StandInNativeTheme()

export const protocol = {
  handle(scheme: string, handler: Parameters<Electron.Protocol['handle']>[1]): void {
    record('protocol', 'handle', scheme)
    void handler
  },
  unhandle(scheme: string): void {
    record('protocol', 'unhandle', scheme)
  },
  isProtocolHandled: (scheme: string): boolean => {
    void scheme
    return false
  },
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    record(
      'protocol',
      'registerSchemesAsPrivileged',
      customSchemes.map((s) => s.scheme),
    )
  },
} satisfies Like<
  Electron.Protocol,
  'handle' | 'unhandle' | 'isProtocolHandled' | 'registerSchemesAsPrivileged'
>

export const shell = {
  async openExternal(url: string): Promise<void> {
    record('shell', 'openExternal', url)
  },
} satisfies Like<Electron.Shell, 'openExternal'>

// ---------------------------------------------------------------------------------------------
// utility processes: a plain Node child with Electron's `process.parentPort` (parent-port.mjs)

const PARENT_PORT = new URL('./parent-port.mjs', import.meta.url).href

class StandInUtilityProcess
  extends TracedEmitter
  implements Like<Electron.UtilityProcess, 'kill' | 'postMessage' | 'pid' | 'stdout' | 'stderr'>
{
  pid: number | undefined
  readonly stdout: NodeJS.ReadableStream | null
  readonly stderr: NodeJS.ReadableStream | null
  private readonly child: ChildProcess

  constructor(modulePath: string, args: string[] = [], options: Electron.ForkOptions = {}) {
    super(`utilityProcess(${options.serviceName ?? basename(modulePath)})`)
    record(this.subject, 'fork', { modulePath, args })
    const stdio =
      options.stdio === 'pipe' ? 'pipe' : options.stdio === 'ignore' ? 'ignore' : 'inherit'
    this.child = fork(modulePath, args, {
      cwd: options.cwd,
      env: options.env ? { ...options.env } : process.env,
      // Not the driver's own flags (tsx): the child runs built JavaScript, as in Electron.
      execArgv: ['--import', PARENT_PORT, ...(options.execArgv ?? [])],
      stdio: [stdio, stdio, stdio, 'ipc'],
      // Electron's postMessage structured-clones; so does Node's 'advanced' serialization.
      serialization: 'advanced',
    })
    this.stdout = this.child.stdout
    this.stderr = this.child.stderr
    this.child.on('spawn', () => {
      this.pid = this.child.pid
      this.emit('spawn')
    })
    this.child.on('message', (message) => this.emit('message', message))
    this.child.on('error', (error) => this.emit('error', 'FatalError', modulePath, String(error)))
    this.child.on('exit', (code) => {
      record(this.subject, 'exit', code)
      this.pid = undefined
      this.emit('exit', code ?? 0)
    })
  }

  postMessage(message: unknown): void {
    this.child.send(message as never)
  }
  kill(): boolean {
    record(this.subject, 'kill')
    return this.child.kill()
  }
}

export const utilityProcess = {
  fork(modulePath: string, args?: string[], options?: Electron.ForkOptions): StandInUtilityProcess {
    return new StandInUtilityProcess(modulePath, args, options)
  },
} satisfies Like<
  typeof Electron.utilityProcess,
  'fork',
  { fork: Returning<typeof Electron.utilityProcess.fork, StandInUtilityProcess> }
>
