// LabSession: what the UI and lessons meet in both hosts. A real PaneCapture (fed CDP events by
// hand) and a pane driver that records where it was sent.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PaneCapture } from '../../src/core/capture/pane-capture'
import { BLANK_PANE_STATE, type PaneDriver } from '../../src/core/pane-driver'
import { LabSession } from '../../src/core/lab-session'
import { dispatchCommand } from '../../src/shared/contract-schemas'
import type { EventName } from '../../src/shared/contract'
import type { PaneState } from '../../src/shared/domain'
import type { HarExport, HarOpening } from '../../src/shared/har'
import { MAX_LESSON_BYTES } from '../../src/shared/lessons/lesson'
import { TINY_LESSON } from './lessons/lesson-text'

const SERVER = 'http://127.0.0.1:5123'

function recordingPane() {
  const visited: string[] = []
  const zooms: number[] = []
  const schemes: string[] = []
  const listeners = new Set<(state: PaneState) => void>()
  let state: PaneState = BLANK_PANE_STATE
  const pane: PaneDriver = {
    navigate: async (url) => {
      visited.push(url)
      state = { ...state, url }
      for (const listener of listeners) listener(state)
    },
    goBack: async () => undefined,
    goForward: async () => undefined,
    reload: async () => undefined,
    setZoom: async (factor) => void zooms.push(factor),
    setColorScheme: async (scheme) => void schemes.push(scheme),
    runScript: async () => undefined,
    state: () => state,
    onState: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return { pane, visited, zooms, schemes, listenerCount: () => listeners.size }
}

function request(id: string, url: string) {
  return {
    requestId: id,
    loaderId: id,
    documentURL: url,
    request: { url, method: 'GET', headers: {}, initialPriority: 'High', referrerPolicy: '' },
    timestamp: 1,
    wallTime: 1_700_000_000,
    initiator: { type: 'other' },
    redirectHasExtraInfo: false,
    type: 'Document',
  }
}

function lab() {
  const capture = new PaneCapture({ storePollMs: 0 })
  const recorded = recordingPane()
  const bounds: unknown[] = []
  const languages: string[] = []
  const session = new LabSession({
    capture,
    pane: recorded.pane,
    serverUrl: `${SERVER}/`,
    httpsPort: 0,
    setPaneBounds: (b) => void bounds.push(b),
    setHostLanguage: (locale) => void languages.push(`host ${locale}`),
    setPageLanguage: (locale) => void languages.push(`pages ${locale}`),
  })
  const events: Array<[EventName, unknown]> = []
  session.onEvent((name, data) => void events.push([name, data]))
  return { capture, session, events, bounds, languages, ...recorded }
}

describe('LabSession', () => {
  it('holds events back until the UI is ready, then answers with everything so far', async () => {
    const { capture, session, events } = lab()
    capture.ingest('Network.requestWillBeSent', request('a', `${SERVER}/`))
    await session.navigate('/getcookie')
    expect(events).toEqual([])

    const snapshot = await dispatchCommand(session.handlers, 'ready', undefined)
    expect(snapshot).toMatchObject({ serverUrl: SERVER, homeUrl: `${SERVER}/` })
    expect((snapshot as { entries: unknown[] }).entries).toHaveLength(1)
    expect((snapshot as { pane: PaneState }).pane.url).toBe(`${SERVER}/getcookie`)

    capture.ingest('Network.requestWillBeSent', request('b', `${SERVER}/getcookie`))
    await session.navigate('/')
    expect(events.map(([name]) => name)).toEqual(['entry', 'pane'])
  })

  it('tells of every ready, a reload too, before it takes the snapshot it answers with', async () => {
    const { capture, session } = lab()
    let heard = 0
    // What a listener does is in the answer: it ran first (the hosts' outboxes start afresh there).
    session.onUiReady(() => {
      heard += 1
      capture.ingest('Network.requestWillBeSent', request(`r${heard}`, `${SERVER}/`))
    })
    const first = await dispatchCommand(session.handlers, 'ready', undefined)
    const reload = await dispatchCommand(session.handlers, 'ready', undefined)
    expect(heard).toBe(2)
    expect((first as { entries: unknown[] }).entries).toHaveLength(1)
    expect((reload as { entries: unknown[] }).entries).toHaveLength(2)
  })

  it('sends the pane to tutorial paths and http(s) URLs, and refuses anything else', async () => {
    const { session, visited } = lab()
    await dispatchCommand(session.handlers, 'navigate', { target: '/john/set' })
    await dispatchCommand(session.handlers, 'navigate', { target: 'http://www.shop.test:5123/' })
    await dispatchCommand(session.handlers, 'goHome', undefined)
    expect(visited).toEqual([`${SERVER}/john/set`, 'http://www.shop.test:5123/', `${SERVER}/`])
    await expect(
      dispatchCommand(session.handlers, 'navigate', { target: 'javascript:alert(1)' }),
    ).rejects.toThrow(/only opens http: and https:/)
    await expect(dispatchCommand(session.handlers, 'navigate', { target: 42 })).rejects.toThrow(
      /bad navigate payload/,
    )
    expect(visited).toHaveLength(3)
  })

  it('passes bounds and zoom to the host, and says which timeline entry it does not know', async () => {
    const { session, bounds, zooms, schemes } = lab()
    await dispatchCommand(session.handlers, 'setPaneBounds', { x: 1, y: 2, width: 3, height: 4 })
    await dispatchCommand(session.handlers, 'setPaneZoom', { factor: 1.25 })
    expect(bounds).toEqual([{ x: 1, y: 2, width: 3, height: 4 }])
    expect(zooms).toEqual([1.25])
    await dispatchCommand(session.handlers, 'setPaneColorScheme', { scheme: 'dark' })
    expect(schemes).toEqual(['dark'])
    await expect(
      dispatchCommand(session.handlers, 'setPaneColorScheme', { scheme: 'sepia' }),
    ).rejects.toThrow(/scheme/)
    await expect(dispatchCommand(session.handlers, 'setPaneZoom', { factor: 40 })).rejects.toThrow(
      /factor/,
    )
    await expect(
      dispatchCommand(session.handlers, 'storeAfter', { entryId: 'nope' }),
    ).rejects.toThrow('There is no timeline entry nope.')
  })

  it('tells the host and the tutorial pages the UI’s language, and refuses one it does not speak', async () => {
    const { session, languages } = lab()
    await dispatchCommand(session.handlers, 'setLanguage', { locale: 'zh-CN' })
    expect(languages).toEqual(['host zh-CN', 'pages zh-CN'])
    await expect(
      dispatchCommand(session.handlers, 'setLanguage', { locale: 'zh-TW' }),
    ).rejects.toThrow(/locale/)
    expect(languages).toHaveLength(2)
  })

  it('answers the lesson commands: the list, a file’s text, a step’s action in its pane', async () => {
    const { session, visited } = lab()
    const lessons = await dispatchCommand(session.handlers, 'lessons', undefined)
    expect(lessons).toHaveLength(10)
    const opening = await dispatchCommand(session.handlers, 'openLessonText', {
      fileName: 'tiny.yaml',
      text: TINY_LESSON,
    })
    expect(opening).toMatchObject({ ok: true, listing: { ref: 'file:1', fileName: 'tiny.yaml' } })
    expect(await dispatchCommand(session.handlers, 'lessons', undefined)).toHaveLength(11)
    await expect(
      dispatchCommand(session.handlers, 'runLessonAction', { ref: 'file:1', stepId: 'get' }),
    ).resolves.toEqual({ ok: true })
    expect(visited).toEqual([`${SERVER}/getcookie`])
    await expect(
      dispatchCommand(session.handlers, 'runLessonAction', { ref: 'file:9', stepId: 'get' }),
    ).rejects.toThrow('This window holds no lesson file:9: open the lesson again.')
  })

  it('takes a lesson file’s name and text from the UI, never a path, nor a text over the cap', async () => {
    const { session } = lab()
    for (const fileName of ['/etc/passwd', 'C:\\lessons\\a.yaml', '']) {
      await expect(
        dispatchCommand(session.handlers, 'openLessonText', { fileName, text: TINY_LESSON }),
      ).rejects.toThrow(/bad openLessonText payload: fileName/)
    }
    await expect(
      dispatchCommand(session.handlers, 'openLessonText', {
        fileName: 'huge.yaml',
        text: 'x'.repeat(MAX_LESSON_BYTES + 1),
      }),
    ).rejects.toThrow(/bad openLessonText payload: text/)
    // Under the cap in characters, over it in bytes: the reader says so, as for a file.
    const wide = await dispatchCommand(session.handlers, 'openLessonText', {
      fileName: 'wide.yaml',
      text: `# ${'é'.repeat(MAX_LESSON_BYTES / 2)}\n${TINY_LESSON}`,
    })
    expect(wide).toMatchObject({ ok: false, problems: [{ problem: { code: 'fileTooLarge' } }] })
  })

  it('tells the UI of a lesson file the host opened itself', async () => {
    const { session, events } = lab()
    await dispatchCommand(session.handlers, 'ready', undefined)
    await session.openLessonFile(join(tmpdir(), 'no-such-lesson-file.yaml'))
    expect(events).toEqual([
      [
        'lessonOpened',
        {
          ok: false,
          fileName: 'no-such-lesson-file.yaml',
          problems: [
            { problem: { code: 'fileUnreadable', params: { reason: 'ENOENT' } }, path: '' },
          ],
        },
      ],
    ])
  })

  it('lets go of the capture and the pane when closed', async () => {
    const { capture, session, events, listenerCount } = lab()
    await dispatchCommand(session.handlers, 'ready', undefined)
    session.close()
    capture.ingest('Network.requestWillBeSent', request('c', `${SERVER}/`))
    expect(events).toEqual([])
    expect(listenerCount()).toBe(0)
  })
})

describe('LabSession: HAR files', () => {
  const DEVTOOLS_HAR = 'test/fixtures/har/chrome-webinspector-localhost-set-cookie.har'

  it('exports the session as HAR 1.2 text with a file name, whole or sanitised', async () => {
    const { capture, session } = lab()
    capture.ingest('Network.requestWillBeSent', request('a', `${SERVER}/getcookie?who=alice`))
    const whole = (await dispatchCommand(session.handlers, 'exportHar', {
      sanitised: false,
    })) as HarExport
    expect(whole.fileName).toMatch(/^cookie-lab-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.har$/)
    const har = JSON.parse(whole.text)
    expect(har.log.version).toBe('1.2')
    expect(har.log.entries.map((e: { request: { url: string } }) => e.request.url)).toEqual([
      `${SERVER}/getcookie?who=alice`,
    ])
    const sanitised = (await dispatchCommand(session.handlers, 'exportHar', {
      sanitised: true,
    })) as HarExport
    expect(sanitised.fileName).toMatch(/-sanitised\.har$/)
    expect(JSON.parse(sanitised.text).log._cookieLab.sanitised).toBe(true)
    await expect(
      dispatchCommand(session.handlers, 'exportHar', { sanitised: 'yes' }),
    ).rejects.toThrow(/bad exportHar payload/)
  })

  it('tells the UI of a HAR file the host opened itself, by its name only, touching nothing', async () => {
    const { capture, session, events, visited } = lab()
    await dispatchCommand(session.handlers, 'ready', undefined)
    await session.openHarFile(DEVTOOLS_HAR)
    await session.openHarFile(join(tmpdir(), 'no-such-file.har'))
    const openings = events.map(([, data]) => data as HarOpening)
    expect(events.map(([name]) => name)).toEqual(['harOpened', 'harOpened'])
    expect(openings[0]).toMatchObject({
      ok: true,
      fileName: 'chrome-webinspector-localhost-set-cookie.har',
      har: { harVersion: '1.2', creator: 'WebInspector' },
    })
    const opened = openings[0]
    expect(opened?.ok && opened.har.exchanges[0]?.setCookies[0]?.raw).toBe(
      'secret-token=abc-123; Path=/',
    )
    // Nothing of the file reached the pane, its capture or its store.
    expect(capture.entries()).toEqual([])
    expect(capture.store()).toEqual([])
    expect(visited).toEqual([])
    expect(openings[1]).toEqual({
      ok: false,
      fileName: 'no-such-file.har',
      problems: [{ code: 'harUnreadable', params: { reason: 'ENOENT' } }],
    })
  })
})
