// Electron's app-wide modules: app (with its command line), dialog, Menu, nativeTheme,
// protocol and shell.

import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { preventableEvent, record, type Like, type Returning } from './trace'
import { closeAllWindows } from './windows'

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
    closeAllWindows()
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

type MenuTemplate = Parameters<typeof Electron.Menu.buildFromTemplate>[0]

class StandInMenu {
  constructor(readonly template: MenuTemplate) {}

  /** The item labelled LABEL in any submenu, as the template gave it, to click as a user would. */
  item(label: string): Electron.MenuItemConstructorOptions | undefined {
    const find = (items: MenuTemplate): Electron.MenuItemConstructorOptions | undefined => {
      for (const item of items as Electron.MenuItemConstructorOptions[]) {
        if (item.label === label) return item
        const inner = Array.isArray(item.submenu) ? find(item.submenu) : undefined
        if (inner) return inner
      }
      return undefined
    }
    return find(this.template)
  }
}

let applicationMenu: StandInMenu | null = null

export const Menu = {
  buildFromTemplate(template: MenuTemplate): StandInMenu {
    return new StandInMenu(template)
  },
  setApplicationMenu(menu: unknown): void {
    if (menu !== null && !(menu instanceof StandInMenu)) throw new TypeError('not a Menu')
    record('Menu', 'setApplicationMenu', menu ? menu.template.length : null)
    applicationMenu = menu
  },
  getApplicationMenu: (): StandInMenu | null => applicationMenu,
} satisfies Like<
  typeof Electron.Menu,
  'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu',
  {
    buildFromTemplate: Returning<typeof Electron.Menu.buildFromTemplate, StandInMenu>
    getApplicationMenu: () => StandInMenu | null
  }
>

/** What the next open dialog answers, as if the user picked these files; cancelled when empty. */
let openDialogPicks: string[] = []

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog', 'showErrorBox', { title, content })
  },
  async showOpenDialog(
    windowOrOptions: Electron.BaseWindow | Electron.OpenDialogOptions,
    maybeOptions?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> {
    const parent = maybeOptions ? (windowOrOptions as { id?: number }).id : null
    const options = maybeOptions ?? (windowOrOptions as Electron.OpenDialogOptions)
    record('dialog', 'showOpenDialog', { parent, options })
    const filePaths = openDialogPicks.splice(0)
    return { canceled: filePaths.length === 0, filePaths }
  },
  /** The driver, as the user: the next open dialog picks PATHS. */
  pickInNextOpenDialog(paths: string[]): void {
    openDialogPicks = [...paths]
  },
} satisfies Like<Electron.Dialog, 'showErrorBox' | 'showOpenDialog'> & {
  pickInNextOpenDialog(paths: string[]): void
}

class StandInNativeTheme
  extends EventEmitter
  implements Like<Electron.NativeTheme, 'shouldUseDarkColors' | 'themeSource'>
{
  readonly shouldUseDarkColors = false
  themeSource: Electron.NativeTheme['themeSource'] = 'system'
}

export const nativeTheme = new StandInNativeTheme()

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1]
const protocolHandlers = new Map<string, ProtocolHandler>()

/** The handler main gave for URL's scheme, as Electron would call it for a page load. */
export function protocolHandlerFor(url: string): ProtocolHandler | undefined {
  return protocolHandlers.get(url.split(':', 1)[0] ?? '')
}

export const protocol = {
  handle(scheme: string, handler: ProtocolHandler): void {
    record('protocol', 'handle', scheme)
    protocolHandlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    record('protocol', 'unhandle', scheme)
    protocolHandlers.delete(scheme)
  },
  isProtocolHandled: (scheme: string): boolean => protocolHandlers.has(scheme),
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    // Electron throws once the app is ready; the trace shows when it came.
    record('protocol', 'registerSchemesAsPrivileged', customSchemes)
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
