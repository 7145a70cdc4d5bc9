import { describe, expect, it, vi } from 'vitest'
import { readHarInWorker } from '../../../src/renderer/src/har-worker-reading'
import { createAppStores } from '../../../src/renderer/src/stores/app-stores'
import { HarStore, isHarFileName, NOTES_SHOWN } from '../../../src/renderer/src/stores/har-store'
import type {
  HarOpening,
  HarWorkerAnswer,
  HarWorkerRequest,
  ImportedHar,
} from '../../../src/shared/har'
import { makeExchange } from '../factories'
import { createFakeHost } from '../fake-host'
import { HarWorkerStandIn } from '../har-worker-stand-in'

function importedHar(overrides: Partial<ImportedHar> = {}): ImportedHar {
  return {
    harVersion: '1.2',
    creator: 'WebInspector',
    version: '537.36',
    ownFormat: false,
    sanitised: false,
    exchanges: [makeExchange({ id: 'har-0' }), makeExchange({ id: 'har-1' })],
    notes: [],
    ...overrides,
  }
}

const opened = (har = importedHar(), fileName = 'devtools.har'): HarOpening => ({
  ok: true,
  fileName,
  har,
  more: null,
})

function file(name: string, text: string, size = text.length) {
  return { name, size, text: vi.fn(async () => text) }
}

type WorkerScript = (request: HarWorkerRequest) => HarWorkerAnswer | undefined

/**
 * A HarStore over a fake host, each file read in a worker stand-in of its own that answers as
 * SCRIPT says (or not at all: the test answers), or as its `answers` list says, one per file.
 */
function harStore(answers: Parameters<typeof createFakeHost>[0] = {}, script?: WorkerScript) {
  const host = createFakeHost(answers)
  const saved: Array<[string, string]> = []
  const workers: HarWorkerStandIn[] = []
  const readFile = (file: Parameters<typeof readHarInWorker>[0]) => {
    const worker = new HarWorkerStandIn(script)
    workers.push(worker)
    return readHarInWorker(file, worker)
  }
  const store = new HarStore(host.api, (name, text) => void saved.push([name, text]), readFile, 100)
  return { host, store, saved, workers }
}

/** The worker's answer to an open request: OPENING. */
const opens =
  (opening: HarOpening): WorkerScript =>
  (request) =>
    request.kind === 'open' ? { id: request.id, kind: 'opened', opening } : undefined

/** The names of the commands the host was asked. */
const asked = (host: ReturnType<typeof createFakeHost>) =>
  host.invoke.mock.calls.map(([name]) => name)

describe('HarStore', () => {
  it('refuses a file over the cap before reading a byte of it, and starts no worker', async () => {
    const { store, workers } = harStore()
    const big = file('big.har', '', 101)
    await store.openFile(big)
    expect(big.text).not.toHaveBeenCalled()
    expect(workers).toEqual([])
    expect(store.getSnapshot().trouble).toEqual({
      fileName: 'big.har',
      problems: ['This HAR file is 101 bytes; Cookie Lab reads HAR files of up to 100 bytes.'],
    })
    expect(store.getSnapshot().imported).toBeNull()
  })

  it('reads a chosen file in a worker, never through the host, and shows its exchanges in a timeline of their own', async () => {
    const { host, store, workers } = harStore({}, opens(opened()))
    const chosen = file('devtools.har', '{"log":{}}')
    const opening = store.openFile(chosen)
    expect(store.getSnapshot().busy).toBe('devtools.har')
    await opening
    // The file itself goes to the worker, unread here; nothing of it goes to the host.
    expect(workers[0]?.requests).toEqual([{ id: 1, kind: 'open', file: chosen }])
    expect(chosen.text).not.toHaveBeenCalled()
    expect(asked(host)).toEqual([])
    // Read whole: its worker is ended, and the file with it.
    expect(workers[0]?.terminated).toBe(true)
    expect(store.getSnapshot()).toMatchObject({
      busy: null,
      trouble: null,
      imported: { fileName: 'devtools.har', creator: 'WebInspector', exchangeCount: 2 },
    })
    expect(store.timeline.getSnapshot().entries.map((e) => e.id)).toEqual(['har-0', 'har-1'])
  })

  it('replaces one file’s exchanges by the next’s, and lets them go on the way back to live', () => {
    const { store } = harStore()
    store.opened(opened())
    const first = store.timeline
    store.opened(opened(importedHar({ exchanges: [makeExchange({ id: 'har-0' })] }), 'b.har'))
    expect(store.timeline).not.toBe(first)
    expect(store.timeline.getSnapshot().entries).toHaveLength(1)
    store.backToLive()
    expect(store.getSnapshot().imported).toBeNull()
    expect(store.timeline.getSnapshot().entries).toEqual([])
  })

  it('keeps the file shown when the next one cannot be read, and words every problem', () => {
    const { store } = harStore()
    store.opened(opened())
    store.opened({
      ok: false,
      fileName: 'v3.har',
      problems: [{ code: 'harVersion', params: { version: '3.0' } }],
    })
    expect(store.getSnapshot().imported?.fileName).toBe('devtools.har')
    expect(store.timeline.getSnapshot().entries).toHaveLength(2)
    expect(store.getSnapshot().trouble).toEqual({
      fileName: 'v3.har',
      problems: ['This HAR file says it is version 3.0; Cookie Lab reads HAR 1.1 and 1.2.'],
    })
    store.dismissTrouble()
    expect(store.getSnapshot().trouble).toBeNull()
  })

  it('words only the first notes of a file with thousands, and counts them all', () => {
    const { store } = harStore()
    const notes = Array.from({ length: 5000 }, (_, index) => ({
      code: 'harEntryInvalid' as const,
      params: { index, detail: 'request: Required' },
    }))
    store.opened(opened(importedHar({ notes })))
    const imported = store.getSnapshot().imported
    expect(imported?.noteCount).toBe(5000)
    expect(imported?.notes).toHaveLength(NOTES_SHOWN)
    expect(imported?.notes[0]).toBe('Entry 0 was left out: request: Required')
  })

  it('says why a file could not be read, and what its worker found wrong with it', async () => {
    const { store, workers } = harStore({}, (request) => ({
      id: request.id,
      kind: 'failed',
      error: 'The file was moved after it was chosen.',
    }))
    await store.openFile(file('a.har', '{}'))
    expect(store.getSnapshot()).toMatchObject({
      busy: null,
      trouble: {
        fileName: 'a.har',
        problems: ['The file could not be read: The file was moved after it was chosen.'],
      },
    })
    expect(workers[0]?.terminated).toBe(true)

    const broken = harStore(
      {},
      opens({
        ok: false,
        fileName: 'b.har',
        problems: [{ code: 'harNotJson', params: { detail: 'x' } }],
      }),
    )
    await broken.store.openFile(file('b.har', '{'))
    expect(broken.store.getSnapshot().trouble?.problems).toEqual([
      expect.stringMatching(/^This file is not JSON/),
    ])
    expect(broken.workers[0]?.terminated).toBe(true)
  })

  it('says so when the worker stops before it answers (it could not start)', async () => {
    const { store, workers } = harStore()
    const opening = store.openFile(file('a.har', '{}'))
    workers[0]?.fail()
    await opening
    expect(store.getSnapshot().trouble?.problems).toEqual([
      'The file could not be read: the HAR reader, which reads the file in the background, stopped before it answered.',
    ])
    expect(store.getSnapshot().busy).toBeNull()
  })

  it('lets a file opened meanwhile replace one still being read, whose worker is ended', async () => {
    const { store, workers } = harStore()
    const first = store.openFile(file('first.har', '{}'))
    const second = store.openFile(file('second.har', '{}'))
    expect(workers[0]?.terminated).toBe(true)
    workers[1]?.answer({ id: 1, kind: 'opened', opening: opened(importedHar(), 'second.har') })
    await Promise.all([first, second])
    expect(store.getSnapshot()).toMatchObject({
      busy: null,
      trouble: null,
      imported: { fileName: 'second.har' },
    })

    // The host's file (its menu) replaces one being read too; a bad one of its own does not.
    const third = store.openFile(file('third.har', '{}'))
    store.opened({
      ok: false,
      fileName: 'bad.har',
      problems: [{ code: 'harTooDeep', params: { max: 64 } }],
    })
    expect(workers[2]?.terminated).toBe(false)
    expect(store.getSnapshot().busy).toBe('third.har')
    store.opened(opened(importedHar(), 'menu.har'))
    expect(workers[2]?.terminated).toBe(true)
    await third
    expect(store.getSnapshot()).toMatchObject({ busy: null, imported: { fileName: 'menu.har' } })
  })

  it('saves the host’s HAR text under its name, and says why an export failed', async () => {
    let fail = false
    const { host, store, saved } = harStore({
      exportHar: () => {
        if (fail) throw new Error('no session')
        return { fileName: 'cookie-lab-x-sanitised.har', text: '{"log":{}}' }
      },
    })
    await store.exportSession(true)
    expect(host.calls('exportHar')).toEqual([['exportHar', { sanitised: true }]])
    expect(saved).toEqual([['cookie-lab-x-sanitised.har', '{"log":{}}']])
    fail = true
    await store.exportSession(false)
    expect(saved).toHaveLength(1)
    expect(store.getSnapshot().trouble?.problems).toEqual([
      'The session could not be exported: no session',
    ])
  })

  it('tells a HAR file by its name', () => {
    expect(isHarFileName('Session.HAR')).toBe(true)
    expect(isHarFileName('lesson.yaml')).toBe(false)
    expect(isHarFileName('har.json')).toBe(false)
  })
})

describe('the app’s stores and HAR', () => {
  it('show a file the host opened itself (the menu’s Import HAR…), and stop listening when disposed', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api)
    host.emit('harOpened', opened())
    expect(stores.har.getSnapshot().imported?.fileName).toBe('devtools.har')
    expect(stores.timeline.getSnapshot().entries).toEqual([])
    stores.dispose()
    expect(host.listenerCount('harOpened')).toBe(0)
  })
})

describe('HarStore: a long file, newest first', () => {
  it('asks the worker that read a file for its older pages, never the host, and ends it with the last', async () => {
    const script: WorkerScript = (request) => {
      if (request.kind === 'open') {
        const har = importedHar({ exchanges: [makeExchange({ id: 'har-3', seq: 4 })] })
        return {
          id: request.id,
          kind: 'opened',
          opening: { ...opened(har, 'long.har'), more: { ref: 1, before: 3 } },
        }
      }
      const exchanges = [
        makeExchange({ id: `har-${request.more.before - 1}`, seq: request.more.before }),
      ]
      const more = request.more.before > 1 ? { ref: 1, before: request.more.before - 1 } : null
      return { id: request.id, kind: 'page', page: { exchanges, notes: [], more } }
    }
    const { host, store, workers } = harStore({}, script)
    await store.openFile(file('long.har', '{}'))
    await vi.waitFor(() => expect(store.getSnapshot().imported?.loadingOlder).toBe(false))
    expect(store.timeline.getSnapshot().entries.map((e) => e.id)).toEqual([
      'har-0',
      'har-1',
      'har-2',
      'har-3',
    ])
    expect(workers[0]?.requests.map((r) => (r.kind === 'page' ? r.more.before : r.kind))).toEqual([
      'open',
      3,
      2,
      1,
    ])
    expect(asked(host)).toEqual([])
    expect(workers[0]?.terminated).toBe(true)
  })

  it('ends the worker of a file still being read when the learner goes back to the live session', async () => {
    const script: WorkerScript = (request) =>
      request.kind === 'open'
        ? { id: request.id, kind: 'opened', opening: { ...opened(), more: { ref: 1, before: 9 } } }
        : undefined
    const { store, workers } = harStore({}, script)
    await store.openFile(file('long.har', '{}'))
    expect(store.getSnapshot().imported?.loadingOlder).toBe(true)
    expect(workers[0]?.terminated).toBe(false)
    store.backToLive()
    expect(workers[0]?.terminated).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getSnapshot().imported).toBeNull()
  })

  it('shows the newest entries at once, then asks for the older pages until there are none', async () => {
    const pages = [
      {
        exchanges: [makeExchange({ id: 'har-2', seq: 3 })],
        notes: [],
        more: { ref: 7, before: 1 },
      },
      {
        exchanges: [makeExchange({ id: 'har-0', seq: 1 })],
        notes: [{ code: 'harEntryInvalid' as const, params: { index: 1, detail: 'request' } }],
        more: null,
      },
    ]
    const { host, store } = harStore({ harPage: () => pages.shift() })
    store.opened({
      ok: true,
      fileName: 'long.har',
      har: importedHar({ exchanges: [makeExchange({ id: 'har-3', seq: 4 })] }),
      more: { ref: 7, before: 3 },
    })
    expect(store.timeline.getSnapshot().entries.map((e) => e.id)).toEqual(['har-3'])
    expect(store.getSnapshot().imported?.loadingOlder).toBe(true)
    await vi.waitFor(() => expect(store.getSnapshot().imported?.loadingOlder).toBe(false))
    expect(host.calls('harPage')).toEqual([
      ['harPage', { ref: 7, before: 3 }],
      ['harPage', { ref: 7, before: 1 }],
    ])
    expect(store.timeline.getSnapshot().entries.map((e) => e.id)).toEqual([
      'har-0',
      'har-2',
      'har-3',
    ])
    expect(store.getSnapshot().imported).toMatchObject({
      exchangeCount: 3,
      noteCount: 1,
      notes: ['Entry 1 was left out: request'],
    })
  })

  it('stops reading a file another replaced, and says when the older entries could not be read', async () => {
    let answer: (page: unknown) => void = () => undefined
    const { store } = harStore({
      harPage: () => new Promise((resolve) => (answer = resolve)),
    })
    const long = (fileName: string): HarOpening => ({
      ok: true,
      fileName,
      har: importedHar({ exchanges: [makeExchange({ id: 'har-9', seq: 10 })] }),
      more: { ref: 1, before: 9 },
    })
    store.opened(long('first.har'))
    store.opened(opened(importedHar(), 'second.har'))
    answer({ exchanges: [makeExchange({ id: 'har-0', seq: 1 })], notes: [], more: null })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.timeline.getSnapshot().entries.map((e) => e.id)).toEqual(['har-0', 'har-1'])
    expect(store.getSnapshot().imported?.fileName).toBe('second.har')

    const failing = harStore({
      harPage: () => {
        throw new Error('the host is gone')
      },
    })
    failing.store.opened(long('third.har'))
    await vi.waitFor(() =>
      expect(failing.store.getSnapshot().imported?.olderFailed).toBe('the host is gone'),
    )
    expect(failing.store.timeline.getSnapshot().entries).toHaveLength(1)
  })
})
