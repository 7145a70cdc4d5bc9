// The Electron main process: a thin shell. It starts the tutorial server, opens the UI window,
// lays the browser pane over the UI's slot, feeds the pane's debugger and cookie store to the
// capture core, and answers the UI's commands through one checked IPC wrapper. Everything that
// decides something lives in core or in the small pure modules beside this file.

import { realpath } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron'
import { PaneCapture } from '../core/capture/pane-capture'
import { LabSession } from '../core/lab-session'
import { PaneLifecycle } from '../core/pane/pane-lifecycle'
import { startTutorialServer } from '../core/server'
import { formatMessage, setMessageLocale, type Locale } from '../shared/messages/format-message'
import { preferredLocale } from '../shared/messages/locale-choice'
import { installAppMenu } from './app-menu'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, appFileResponse } from './app-protocol'
import { uiContentSecurityPolicy } from './content-security-policy'
import { feedCookieChanges } from './cookie-change-feed'
import { chooseHarFile, saveHarFile } from './har-dialog'
import { forwardEvents, registerCommandIpc } from './ipc'
import { chooseLessonFile } from './lesson-dialog'
import { PaneView } from './pane-view'
import {
  denyPermissions,
  refuseDownloads,
  sendUiCsp,
  trustTutorialCertificate,
} from './session-guard'
import { Shutdown } from './shutdown'
import { createUiWindow } from './ui-window'
import { messageOf } from '../shared/error-message'

// In memory only (no `persist:`): every launch starts with an empty cookie jar.
const PANE_PARTITION = 'cookie-lab-pane'

const log = (message: string) => console.log(`[cookie-lab] ${message}`)

// `www.shop.test`, `api.shop.test`, `tracker.test` reach the tutorial server, so the Domain and
// SameSite lessons run across real sites. Must be set before `ready`.
app.commandLine.appendSwitch('host-resolver-rules', 'MAP *.test 127.0.0.1')
// The UI's own scheme (app-protocol.ts), which Electron takes only before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

const shutdown = new Shutdown((message) => console.error(`[cookie-lab] ${message}`))
let uiWindow: BrowserWindow | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!uiWindow || uiWindow.isDestroyed()) return
    if (uiWindow.isMinimized()) uiWindow.restore()
    uiWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', (event) => {
    if (shutdown.started) return
    // Hold the quit until the server and capture are closed, then quit for real.
    event.preventDefault()
    void shutdown.run().finally(() => app.quit())
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit())

  app
    .whenReady()
    .then(start)
    .catch(async (error: unknown) => {
      const message = messageOf(error)
      console.error(`[cookie-lab] could not start: ${message}`)
      dialog.showErrorBox(formatMessage('ui.menu.couldNotStart', undefined), message)
      await shutdown.run()
      app.exit(1)
    })
}

async function start(): Promise<void> {
  // Only an unpackaged app (electron-vite dev) may take its page from the dev server.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const appUrl = devServerUrl ?? APP_URL

  // The menu comes first, as Electron's own would; "Open Lesson…" works once the lab is there.
  // It speaks the system's language until the UI says which one the learner chose.
  const notReady = () => log('menu: the lab is not ready yet')
  let openLesson = notReady
  let importHar = notReady
  let exportHar: (sanitised: boolean) => void = notReady
  const menuActions = {
    openLesson: () => openLesson(),
    importHar: () => importHar(),
    exportHar: (sanitised: boolean) => exportHar(sanitised),
  }
  const speak = (locale: Locale) => {
    setMessageLocale(locale)
    installAppMenu(menuActions, locale)
  }
  speak(preferredLocale([app.getLocale()]))
  const server = await startTutorialServer({ port: 0 })
  shutdown.add('tutorial server', () => server.close())
  log(`tutorial server on ${server.url} and ${server.httpsUrl}`)

  const uiSession = session.defaultSession
  denyPermissions(uiSession)
  sendUiCsp(uiSession, devServerUrl)
  if (!devServerUrl) {
    const rendererRoot = await realpath(fileURLToPath(new URL('../renderer', import.meta.url)))
    const policy = uiContentSecurityPolicy()
    protocol.handle(APP_SCHEME, (request) => appFileResponse(rendererRoot, request, policy))
  }
  const paneSession = session.fromPartition(PANE_PARTITION)
  denyPermissions(paneSession)
  refuseDownloads(paneSession, log)
  trustTutorialCertificate(paneSession, server.certificate.spkiSha256)

  const window = createUiWindow({
    preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    appUrl,
    log,
  })
  uiWindow = window

  const capture = new PaneCapture()
  shutdown.add('capture', () => capture.close())
  // Listening before the pane loads anything: every store change gets its browser cause.
  shutdown.add('cookie change feed', feedCookieChanges(paneSession.cookies, capture))
  const view = new PaneView({
    window,
    session: paneSession,
    capture,
    uiZoomFactor: () => (window.isDestroyed() ? 1 : window.webContents.getZoomFactor()),
    log,
  })
  const homeUrl = new URL('/', server.url).href
  const pane = new PaneLifecycle(view, { homeUrl, log })
  shutdown.add('browser pane', () => {
    pane.close()
    view.close()
  })
  pane.navigate(homeUrl).catch((error: unknown) => {
    // The pane shows Chromium's own error page and the UI its address; the app stays up.
    log(`pane: home page did not load: ${messageOf(error)}`)
  })

  const lab = new LabSession({
    capture,
    pane,
    serverUrl: server.url,
    httpsPort: server.httpsPort,
    setPaneBounds: (bounds) => view.setBounds(bounds),
    appVersion: app.getVersion(),
    setHostLanguage: speak,
    setPageLanguage: (locale) => server.setLanguage(locale),
  })
  shutdown.add('lab session', () => lab.close())
  shutdown.add(
    'command IPC',
    registerCommandIpc({
      ipcMain,
      handlers: lab.handlers,
      uiContentsId: () => (window.isDestroyed() ? undefined : window.webContents.id),
      appUrl,
      log,
    }),
  )
  shutdown.add('event IPC', forwardEvents(lab, window.webContents))
  openLesson = () => {
    if (window.isDestroyed()) return
    chooseLessonFile(dialog, window)
      .then((file) => (file === null ? undefined : lab.openLessonFile(file)))
      .catch((error: unknown) => {
        log(`lesson: could not open: ${messageOf(error)}`)
      })
  }
  importHar = () => {
    if (window.isDestroyed()) return
    chooseHarFile(dialog, window)
      .then((file) => (file === null ? undefined : lab.openHarFile(file)))
      .catch((error: unknown) => {
        log(`har: could not import: ${messageOf(error)}`)
      })
  }
  exportHar = (sanitised) => {
    if (window.isDestroyed()) return
    saveHarFile(dialog, window, lab.exportHar(sanitised))
      .then((path) => path !== null && log(`har: exported to ${path}`))
      .catch((error: unknown) => {
        const message = messageOf(error)
        log(`har: could not export: ${message}`)
        dialog.showErrorBox(
          formatMessage('har.appMenu.exportTitle', undefined),
          formatMessage('har.exportFailed', { error: message }),
        )
      })
  }

  await window.loadURL(appUrl)
}
