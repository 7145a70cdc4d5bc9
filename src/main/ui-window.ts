// The window that shows the UI: sandboxed, isolated, and locked to the app's own page.

import { BrowserWindow, nativeTheme } from 'electron'
import { LOCKED_WEB_PREFERENCES } from './locked-web-preferences'
import { isTrustedSender } from './sender-check'
import { UI_BACKGROUND } from './ui-theme'

export interface UiWindowOptions {
  preloadPath: string
  /** The app's own page: the only place this window may be. */
  appUrl: string
  log: (message: string) => void
}

export function createUiWindow(options: UiWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Cookie Lab',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? UI_BACKGROUND.dark : UI_BACKGROUND.light,
    webPreferences: {
      ...LOCKED_WEB_PREFERENCES,
      preload: options.preloadPath,
    },
  })
  window.once('ready-to-show', () => window.show())

  const contents = window.webContents
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (isTrustedSender(event.url, options.appUrl)) return
    options.log(`ui: refused navigation to ${event.url}`)
    event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.setWindowOpenHandler(({ url }) => {
    options.log(`ui: refused to open a window for ${url}`)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('render-process-gone', (_event, details) => {
    options.log(`ui: renderer gone (${details.reason}); reloading`)
    // The UI asks for a fresh snapshot with `ready` when it loads again: nothing is lost.
    if (!window.isDestroyed()) contents.reload()
  })
  return window
}
