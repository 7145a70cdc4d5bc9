// The child process of shell-wiring.test.ts: runs the BUILT main bundle (argv[2]) against the
// Electron stand-in, plays what Electron and a user would do (ready, the UI's commands, a hostile
// page, closing the window), and writes what it saw to the report file (argv[3]). After the quit
// it does nothing more: the test then expects the process to end by itself, which only happens
// when the shell closed everything it opened (server, sockets, timers).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { makeTlsCredentials } from '../../../src/core/server/tls-certificate'
import { commandChannel, eventChannel } from '../../../src/shared/contract'
import { TINY_LESSON } from '../../core/lessons/lesson-text'

const [mainBundle, reportFile] = process.argv.slice(2)
if (!mainBundle || !reportFile) throw new Error('usage: run-shell.ts MAIN_BUNDLE REPORT_FILE')

const standInUrl = new URL('./electron.ts', import.meta.url).href
register('./resolve-electron.mjs', import.meta.url, { data: { standIn: standInUrl } })
const electron = (await import(standInUrl)) as typeof import('./electron')
const {
  allSessions,
  app,
  BrowserWindow,
  contentsViews,
  dialog,
  ipcMain,
  Menu,
  preventableEvent,
  record,
  trace,
} = electron

/** What the driver tried and what came back, for the test to judge. */
const probes: Record<string, unknown> = {}

async function until(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Status of a GET over loopback, or the error code when nothing answers. */
function probeServer(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const outgoing = request(url, { agent: false, headers: { Connection: 'close' } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
    outgoing.end()
  })
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

const outcome = (promise: Promise<unknown>): Promise<Outcome> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : error }),
  )

function writeReport(extra: Record<string, unknown> = {}): void {
  writeFileSync(reportFile as string, JSON.stringify({ trace, probes, ...extra }, null, 1))
}

try {
  await import(pathToFileURL(mainBundle).href)
  record('driver', 'main module evaluated')
  app.becomeReady()

  await until('the UI window', () => BrowserWindow.getAllWindows().length > 0)
  const uiWindow = BrowserWindow.getAllWindows()[0] as InstanceType<typeof BrowserWindow>
  const ui = uiWindow.webContents
  await until('the UI page', () => ui.getURL() !== '')
  await until('the pane view', () => contentsViews.length > 0)
  const pane = (contentsViews[0] as InstanceType<typeof electron.WebContentsView>).webContents
  await until('the pane home page', () => pane.getURL() !== '' && !pane.isLoading())
  record('driver', 'launched')
  const appUrl = ui.getURL()
  probes.ui = { id: ui.id, url: appUrl, visible: uiWindow.isVisible() }
  probes.pane = { id: pane.id, url: pane.getURL(), session: pane.session.subject }
  const invoke = (name: Parameters<typeof commandChannel>[0], ...args: unknown[]) =>
    ipcMain.invoke(ui, appUrl, commandChannel(name), ...args)

  // Commands: only the UI's own page is heard, and bad input is answered, not fatal.
  probes.refusedFromPane = await outcome(
    ipcMain.invoke(pane, pane.getURL(), commandChannel('ready')),
  )
  probes.refusedFromElsewhere = await outcome(
    ipcMain.invoke(ui, 'https://evil.example/', commandChannel('ready')),
  )
  probes.channels = ipcMain.channels()
  record('driver', 'ready sent')
  const ready = await outcome(invoke('ready'))
  probes.ready = ready
  const snapshot = (ready.ok ? ready.value : {}) as { serverUrl?: string; homeUrl?: string }
  const serverUrl = snapshot.serverUrl ?? ''
  probes.serverAnswered = serverUrl ? await probeServer(new URL('/', serverUrl).href) : 'no URL'
  probes.badPayload = await outcome(invoke('navigate', { target: 42 }))
  probes.navigate = await outcome(invoke('navigate', { target: '/getcookie' }))
  // The test judges what arrived; this only gives the timeline's event time to arrive.
  await until('the /getcookie entry to reach the UI', () =>
    trace.some((entry) => {
      const sent = entry.detail as { channel?: string } | undefined
      return (
        entry.subject === ui.subject &&
        entry.action === 'send' &&
        sent?.channel === eventChannel('entry') &&
        JSON.stringify(sent).includes('/getcookie')
      )
    }),
  ).catch(() => undefined)

  // The locks, tried as a hostile page would.
  probes.permissions = await Promise.all(
    allSessions().map(async (each) => ({
      session: each.subject,
      request: await new Promise<boolean | string>((resolve) => {
        const handler = each.permissionRequestHandler
        if (!handler) return resolve('no handler')
        handler(pane as never, 'media', resolve, { requestingUrl: pane.getURL() } as never)
        setTimeout(() => resolve('never answered'), 1_000).unref()
      }),
      check: each.permissionCheckHandler?.(pane as never, 'geolocation', 'http://x.test', {
        requestingUrl: pane.getURL(),
        isMainFrame: true,
        embeddingOrigin: '',
      } as never),
    })),
  )
  // A certificate like the tutorial's but with another key, for a tutorial name and for another
  // site: neither is accepted by the pane's verify proc (0 would; -3 leaves Chromium's verdict).
  const FOREIGN_CERTIFICATE = (await makeTlsCredentials()).certPem
  probes.foreignCertificate = await Promise.all(
    ['www.shop.test', 'evil.example'].map(
      (hostname) =>
        new Promise<number | string>((resolve) => {
          const proc = pane.session.certificateVerifyProc
          if (!proc) return resolve('no verify proc')
          proc({ hostname, certificate: { data: FOREIGN_CERTIFICATE } } as never, resolve)
        }),
    ),
  )
  const download = preventableEvent()
  pane.session.emit('will-download', download, { getURL: () => 'http://x.test/evil.exe' }, pane)
  probes.downloadRefused = download.defaultPrevented
  probes.uiCsp = await new Promise((resolve) => {
    const listener = ui.session.webRequest.headersListener()
    if (!listener) return resolve('no listener')
    listener(
      {
        url: appUrl,
        responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline' *"] },
      } as never,
      (response) => resolve(response.responseHeaders ?? null),
    )
  })
  const navigation = (contents: typeof ui, event: string, url: string) => {
    const attempt = preventableEvent({ url, isMainFrame: true })
    contents.emit(event, attempt, url)
    return { event, url, refused: attempt.defaultPrevented }
  }
  probes.navigation = [
    navigation(pane, 'will-navigate', 'file:///etc/passwd'),
    navigation(pane, 'will-navigate', 'javascript:alert(1)'),
    navigation(pane, 'will-navigate', `${serverUrl}/getcookie`),
    navigation(pane, 'will-redirect', 'file:///etc/passwd'),
    navigation(ui, 'will-navigate', 'https://evil.example/'),
    navigation(ui, 'will-redirect', 'https://evil.example/'),
    navigation(ui, 'will-navigate', appUrl),
  ]
  const webview = (contents: typeof ui) => {
    const attempt = preventableEvent()
    contents.emit('will-attach-webview', attempt, {}, {})
    return attempt.defaultPrevented
  }
  probes.webviewRefused = { pane: webview(pane), ui: webview(ui) }
  probes.windowOpen = {
    ui: ui.windowOpenHandler?.({ url: 'https://evil.example/' } as never) ?? 'no handler',
    pane: pane.windowOpenHandler?.({ url: 'file:///etc/passwd' } as never) ?? 'no handler',
  }

  // A teacher opens a lesson file from the File menu: main's own dialog picks it, main reads it,
  // and the UI hears of it; then the UI lists the lessons and runs a built-in step's action.
  const lessonDir = mkdtempSync(join(tmpdir(), 'cookie-lab-lesson-'))
  try {
    writeFileSync(join(lessonDir, 'my-lesson.yaml'), TINY_LESSON)
    dialog.pickInNextOpenDialog([join(lessonDir, 'my-lesson.yaml')])
    const openLesson = Menu.getApplicationMenu()?.item('Open Lesson…')
    probes.openLessonItem = openLesson
      ? { accelerator: openLesson.accelerator ?? null }
      : 'no Open Lesson… item'
    openLesson?.click?.({} as never, uiWindow as never, {} as never)
    const lessonOpened = () =>
      trace.find((entry) => {
        const sent = entry.detail as { channel?: string } | undefined
        return (
          entry.subject === ui.subject &&
          entry.action === 'send' &&
          sent?.channel === eventChannel('lessonOpened')
        )
      })
    await until('the lessonOpened event', () => lessonOpened() !== undefined).catch(() => undefined)
    probes.lessonOpened = (lessonOpened()?.detail as { args?: unknown[] } | undefined)?.args?.[0]
  } finally {
    rmSync(lessonDir, { recursive: true, force: true })
  }
  const lessons = await outcome(invoke('lessons'))
  probes.lessonRefs = lessons.ok
    ? (lessons.value as Array<{ ref: string }>).map((listing) => listing.ref)
    : lessons
  record('driver', 'running a lesson action')
  probes.lessonAction = await outcome(
    invoke('runLessonAction', { ref: 'built-in:set-get-delete', stepId: 'delete-cookie' }),
  )

  // The user closes the window.
  // Electron ends the process right after `quit`: the server must be closed by then, so it is
  // asked at that very moment.
  const serverAtQuit = new Promise<number | string>((resolve) =>
    app.once('quit', () => resolve(serverUrl ? probeServer(new URL('/', serverUrl).href) : '')),
  )
  record('driver', 'closing the UI window')
  uiWindow.close()
  await until('the quit', () => app.quitted)
  probes.serverAtQuit = await serverAtQuit
  probes.exitCode = app.exitCode ?? null
  record('driver', 'done')
  writeReport()
} catch (error) {
  writeReport({ failure: error instanceof Error ? error.stack : String(error) })
  process.exit(1)
}
