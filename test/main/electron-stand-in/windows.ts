// Views and windows: BaseWindow, BrowserWindow (with its own web contents) and WebContentsView.

import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { app } from './app-modules'
import { sessionFor, StandInSession } from './sessions'
import { preventableEvent, record, type Like } from './trace'
import { StandInWebContents } from './web-contents'

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

/** What `app.quit()` does before `will-quit`: every window is asked to close. */
export function closeAllWindows(): void {
  for (const window of StandInBaseWindow.all()) window.close()
}

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
