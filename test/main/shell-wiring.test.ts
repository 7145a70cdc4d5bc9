// The shell's wiring, run without Electron: the BUILT main bundle (out/app-test/main/index.js,
// made by the unit project's global setup) runs in a child process of plain Node against a
// stand-in for Electron's API (electron-stand-in/), and this test reads what it did, in order.
// It catches bundling and wiring faults the type checker misses (a missing export, a path that
// does not exist after bundling, a guard set after the load it should guard, a command left
// unregistered, a quit that leaves the server running). It cannot prove Electron's behaviour:
// the stand-in only answers the way electron.d.ts and Electron's docs say Electron would.

import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PANE_NICE } from '../../src/core/pane/pane-priority'
import { COMMAND_NAMES, commandChannel, eventChannel } from '../../src/shared/contract'
import { WireDecoder, type EntryWire } from '../../src/shared/event-wire'
import { APP_TEST_DIR } from '../support/build-renderer'
import type { TraceEntry } from './electron-stand-in/electron'

const REPO = resolve(import.meta.dirname, '../..')
const DRIVER = join(import.meta.dirname, 'electron-stand-in/run-shell.ts')
/** From launch to the process gone (about 2 s): generous for a loaded 2-core machine. */
const RUN_TIMEOUT_MS = 45_000

interface Report {
  trace: TraceEntry[]
  probes: Record<string, unknown>
  failure?: string
}

interface Run {
  report: Report
  exitCode: number | null
  /** The process did not end by itself: something the shell opened was left open. */
  hung: boolean
  output: string
}

let workDir: string
let run: Run

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'cookie-lab-shell-'))
  const reportFile = join(workDir, 'report.json')
  // The child's environment as `electron .` would see it: no dev server, no test mode.
  const { NODE_ENV: _mode, ELECTRON_RENDERER_URL: _devServer, ...env } = process.env
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', DRIVER, join(APP_TEST_DIR, 'main/index.js'), reportFile],
    { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  let hung = false
  const exitCode = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => {
      hung = true
      child.kill('SIGKILL')
    }, RUN_TIMEOUT_MS)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done(code)
    })
  })
  let report: Report
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
  } catch {
    throw new Error(`the shell run wrote no report (exit ${exitCode}):\n${output}`)
  }
  run = { report, exitCode, hung, output }
}, RUN_TIMEOUT_MS + 15_000)

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

const trace = () => run.report.trace
const probe = <T>(name: string) => run.report.probes[name] as T

/** Index of the first trace entry that matches, or fails naming what was missing. */
function at(subject: string, action: string, detail?: (detail: unknown) => boolean): number {
  const index = trace().findIndex(
    (entry) =>
      entry.subject === subject && entry.action === action && (!detail || detail(entry.detail)),
  )
  expect(index, `${subject} ${action} in the trace`).toBeGreaterThanOrEqual(0)
  return index
}

const ui = () => probe<{ id: number; url: string; visible: boolean }>('ui')
const pane = () => probe<{ id: number; url: string; session: string }>('pane')
const uiContents = () => `contents#${ui().id}`
const paneContents = () => `contents#${pane().id}`
const firstPaneLoad = () => at(paneContents(), 'loadURL')
const uiLoad = () => at(uiContents(), 'loadURL')

type Snapshot = { serverUrl: string; homeUrl: string }

describe('the built main process, run against a stand-in for Electron', () => {
  it('runs to the end without an error', () => {
    expect(run.report.failure, run.output).toBeUndefined()
    expect(run.output).not.toMatch(/could not start|Unhandled|TypeError|ReferenceError/)
  })

  it('sets the *.test host mapping and takes the single-instance lock before ready', () => {
    const ready = at('app', 'ready')
    expect(
      at('app.commandLine', 'appendSwitch', (d) => {
        const { name, value } = d as { name: string; value: string }
        return name === 'host-resolver-rules' && value === 'MAP *.test 127.0.0.1'
      }),
    ).toBeLessThan(ready)
    expect(at('app', 'requestSingleInstanceLock')).toBeLessThan(ready)
    // The UI's own scheme, standard and secure: an origin of its own, module scripts and workers.
    const registered = at('protocol', 'registerSchemesAsPrivileged')
    expect(registered).toBeLessThan(ready)
    expect(trace()[registered]?.detail).toEqual([
      {
        scheme: 'cookie-lab',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      },
    ])
  })

  it('starts the tutorial server on loopback, and the pane opens its home page from it', () => {
    const ready = probe<{ ok: boolean; value: Snapshot }>('ready')
    expect(ready.ok).toBe(true)
    const server = new URL(ready.value.serverUrl)
    expect(server.hostname).toBe('127.0.0.1')
    expect(probe('serverAnswered')).toBe(200)
    expect(trace()[firstPaneLoad()]?.detail).toBe(ready.value.homeUrl)
    expect(at(paneContents(), 'page answered')).toBeGreaterThan(firstPaneLoad())
  })

  it('loads the built UI page under its own scheme, with the built preload, sandboxed', () => {
    // Not file://: the packaged app's fuse takes file:// pages' extra rights away (app-protocol.ts).
    expect(ui().url).toBe('cookie-lab://ui/index.html')
    expect(at('protocol', 'handle', (scheme) => scheme === 'cookie-lab')).toBeLessThan(uiLoad())
    // The scheme's handler served the page the build wrote, with the UI's CSP as a header.
    const answered = trace().find(
      (entry) => entry.subject === uiContents() && entry.action === 'page answered',
    )?.detail as { status: number; contentType: string; csp: string } | undefined
    expect(answered).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' })
    expect(answered?.csp).toContain("script-src 'self'")
    expect(answered?.csp).toContain("worker-src 'self'")
    expect(ui().visible).toBe(true)
    const window = trace().find((entry) => entry.action === 'new BrowserWindow')
    const preferences = (window?.detail as { webPreferences: Record<string, unknown> })
      .webPreferences
    // The path the bundle computes from its own location names the preload the build wrote.
    expect(preferences.preload).toBe(join(APP_TEST_DIR, 'preload/index.cjs'))
    expect(existsSync(String(preferences.preload)), 'the preload file exists').toBe(true)
    for (const view of [preferences, paneView().webPreferences]) {
      expect(view).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
      expect(view.webviewTag).not.toBe(true)
    }
  })

  it("runs the pane's renderer below the UI's from its first page on", () => {
    // The stand-in's renderers are real processes: their nice values are read back.
    const nices = (contents: string) =>
      trace()
        .filter((entry) => entry.subject === contents && entry.action === 'renderer nice')
        .map((entry) => entry.detail)
    expect(nices(paneContents()).length).toBeGreaterThan(0)
    expect(nices(paneContents()).every((nice) => nice === PANE_NICE)).toBe(true)
    expect(nices(uiContents())).toEqual([0])
  })

  it('locks both sessions before the pane or the UI loads anything', () => {
    const paneSession = pane().session
    expect(paneSession).not.toBe('session(default)')
    expect(paneSession).not.toMatch(/persist:/)
    for (const session of ['session(default)', paneSession]) {
      expect(at(session, 'setPermissionRequestHandler')).toBeLessThan(firstPaneLoad())
      expect(at(session, 'setPermissionCheckHandler')).toBeLessThan(firstPaneLoad())
    }
    expect(at(paneSession, 'on will-download')).toBeLessThan(firstPaneLoad())
    // The pane trusts the tutorial's HTTPS key before it loads anything, and no other certificate.
    expect(at(paneSession, 'setCertificateVerifyProc')).toBeLessThan(firstPaneLoad())
    expect(probe('foreignCertificate')).toEqual([-3, -3])
    expect(at('session(default)', 'webRequest.onHeadersReceived')).toBeLessThan(uiLoad())
    // The cookie feed hears every store change the first page makes.
    expect(at(`${paneSession}.cookies`, 'on changed')).toBeLessThan(firstPaneLoad())

    const permissions = probe<Array<{ request: unknown; check: unknown }>>('permissions')
    expect(permissions.length).toBeGreaterThanOrEqual(2)
    for (const each of permissions) expect(each).toMatchObject({ request: false, check: false })
    expect(probe('downloadRefused')).toBe(true)
    // The UI's CSP replaces whatever a response said.
    const csp = probe<Record<string, string[]>>('uiCsp')
    const policies = Object.entries(csp).filter(
      ([name]) => name.toLowerCase() === 'content-security-policy',
    )
    expect(policies).toHaveLength(1)
    expect(policies[0]?.[1].join()).toContain("script-src 'self'")
    expect(policies[0]?.[1].join()).not.toContain("script-src 'unsafe-inline' *")
  })

  it('guards navigation in the pane and the UI before either loads', () => {
    for (const [contents, load] of [
      [paneContents(), firstPaneLoad()],
      [uiContents(), uiLoad()],
    ] as const) {
      for (const guard of ['on will-navigate', 'on will-redirect', 'on will-attach-webview']) {
        expect(at(contents, guard)).toBeLessThan(load)
      }
      expect(at(contents, 'setWindowOpenHandler')).toBeLessThan(load)
    }
    const refused = probe<Array<{ event: string; url: string; refused: boolean }>>('navigation')
    const verdict = (url: string, event = 'will-navigate') =>
      refused.filter((each) => each.url === url && each.event === event).map((e) => e.refused)
    expect(verdict('file:///etc/passwd')).toEqual([true])
    expect(verdict('javascript:alert(1)')).toEqual([true])
    expect(verdict('file:///etc/passwd', 'will-redirect')).toEqual([true])
    expect(verdict('https://evil.example/')).toEqual([true])
    expect(verdict('https://evil.example/', 'will-redirect')).toEqual([true])
    // What should pass does: a tutorial page in the pane, the app's own page in the UI.
    expect(verdict(ui().url)).toEqual([false])
    expect(refused.find((each) => each.url.endsWith('/getcookie'))?.refused).toBe(false)
    expect(probe('webviewRefused')).toEqual({ pane: true, ui: true })
    expect(probe('windowOpen')).toEqual({ ui: { action: 'deny' }, pane: { action: 'deny' } })
  })

  it('attaches the debugger and enables Network before the pane first navigates', () => {
    const paneDebugger = `debugger#${pane().id}`
    const attached = at(paneDebugger, 'attach')
    expect(at(paneDebugger, 'on message')).toBeLessThan(firstPaneLoad())
    expect(attached).toBeLessThan(at(paneDebugger, 'sendCommand', (m) => m === 'Network.enable'))
    expect(at(paneDebugger, 'sendCommand', (m) => m === 'Network.enable')).toBeLessThan(
      firstPaneLoad(),
    )
  })

  it('registers every command of the contract, and hears only the UI page', () => {
    const expected = COMMAND_NAMES.map(commandChannel)
    expect(new Set(probe<string[]>('channels'))).toEqual(new Set(expected))
    for (const channel of expected)
      expect(at('ipcMain', 'handle', (c) => c === channel)).toBeLessThan(uiLoad())
    for (const name of ['refusedFromPane', 'refusedFromElsewhere']) {
      expect(probe<{ ok: boolean; error: string }>(name)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/refused/i),
      })
    }
    // A malformed payload is answered with a message; the next command still works.
    expect(probe<{ ok: boolean; error: string }>('badPayload')).toMatchObject({
      ok: false,
      error: expect.stringContaining('target'),
    })
    expect(probe<{ ok: boolean; value: { url: string } }>('navigate')).toMatchObject({
      ok: true,
      value: { url: expect.stringMatching(/\/getcookie$/) },
    })
  })

  it('sends the UI nothing before ready, then the pane and the timeline as they change', () => {
    const readySent = at('driver', 'ready sent')
    const sends = trace()
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.subject === uiContents() && entry.action === 'send')
    expect(sends.filter(({ index }) => index < readySent)).toEqual([])
    const sent = (name: 'pane' | 'entry') =>
      sends
        .map(({ entry }) => entry.detail as { channel: string; args: unknown[] })
        .filter((detail) => detail.channel === eventChannel(name))
        .map((detail) => detail.args[0])
    expect(sent('pane')).toContainEqual(
      expect.objectContaining({ url: expect.stringMatching(/\/getcookie$/), loading: false }),
    )
    // The exchange the debugger told capture reaches the UI as a timeline entry, whole at first
    // after the UI said ready (the outbox heard of it), then as its changes.
    expect(sent('entry')[0]).toMatchObject({ epoch: 1, whole: expect.any(Object) })
    const wire = new WireDecoder()
    const entries = sent('entry').map((message) => wire.entry(message as EntryWire))
    expect(entries).toContainEqual(
      expect.objectContaining({
        kind: 'exchange',
        url: expect.stringMatching(/\/getcookie$/),
        status: 200,
      }),
    )
  })

  it('opens a lesson file from the File menu with main’s own dialog, and tells the UI', () => {
    expect(probe('openLessonItem')).toEqual({ accelerator: 'CmdOrCtrl+O' })
    const asked = trace().find(
      (entry) => entry.subject === 'dialog' && entry.action === 'showOpenDialog',
    )
    expect(asked?.detail).toEqual({
      parent: expect.any(Number),
      options: expect.objectContaining({
        properties: ['openFile'],
        filters: [expect.objectContaining({ extensions: ['yaml', 'yml', 'json'] })],
      }),
    })
    expect(
      at(`window#${(asked?.detail as { parent: number }).parent}`, 'new BrowserWindow'),
    ).toBeGreaterThanOrEqual(0)
    expect(probe('lessonOpened')).toMatchObject({
      ok: true,
      listing: {
        ref: 'file:1',
        source: 'file',
        fileName: 'my-lesson.yaml',
        lesson: { id: 'tiny' },
      },
    })
  })

  it('holds the built-in lessons in the built bundle, and runs a step’s action in the pane', () => {
    const refs = probe<string[]>('lessonRefs')
    expect(refs).toHaveLength(11)
    expect(refs.slice(0, 2)).toEqual(['built-in:set-get-delete', 'built-in:what-the-server-sees'])
    expect(refs.at(-1)).toBe('file:1')
    expect(probe('lessonAction')).toEqual({ ok: true, value: { ok: true } })
    const asked = at('driver', 'running a lesson action')
    expect(
      at(paneContents(), 'loadURL', (url) => String(url).endsWith('/deletecookie')),
    ).toBeGreaterThan(asked)
  })

  it('quits in order: the quit held until all is closed, then the process ends by itself', () => {
    const held = at('app', 'before-quit held')
    const quit = at('app', 'quit')
    expect(held).toBeLessThan(quit)
    for (const channel of COMMAND_NAMES.map(commandChannel)) {
      const removed = at('ipcMain', 'removeHandler', (c) => c === channel)
      expect(removed).toBeGreaterThan(held)
      expect(removed).toBeLessThan(quit)
    }
    // The pane's web contents do not go with the window (Electron's BaseWindow docs): the shell
    // closes them, and detaches the debugger, before it lets the quit through.
    expect(at(paneContents(), 'close')).toBeLessThan(quit)
    expect(at(`debugger#${pane().id}`, 'detach')).toBeLessThan(quit)
    expect(trace().some((entry) => entry.subject === 'app' && entry.action === 'exit')).toBe(false)
    expect(probe('serverAtQuit')).toBe('ECONNREFUSED')
    expect(run.hung, `still running ${RUN_TIMEOUT_MS} ms after launch:\n${run.output}`).toBe(false)
    expect(run.exitCode).toBe(0)
  })
})

function paneView(): { webPreferences: Record<string, unknown> } {
  const view = trace().find(
    (entry) =>
      entry.subject === 'WebContentsView' &&
      (entry.detail as { contents: number }).contents === pane().id,
  )
  return view?.detail as { webPreferences: Record<string, unknown> }
}
