import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import {
  forwardEvents,
  REFUSED_SENDER,
  registerCommandIpc,
  type EventSource,
} from '../../src/main/ipc'
import {
  COMMAND_NAMES,
  type CommandHandlers,
  type EventName,
  type LabEventMap,
} from '../../src/shared/contract'
import { WireDecoder } from '../../src/shared/event-wire'
import { CodedError, decodeErrorMessage } from '../../src/shared/coded-error'

type Invoke = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>

interface Sender {
  contentsId: number
  frame: { url: string; parent: object | null } | null
}

/** Electron's `ipcMain`: one handler per channel, as `handle` insists. */
class FakeIpcMain {
  readonly handlers = new Map<string, Invoke>()
  handle = (channel: string, listener: Invoke) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }
  removeHandler = (channel: string) => {
    this.handlers.delete(channel)
  }
  invoke(channel: string, from: Sender, payload?: unknown) {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    const event = { sender: { id: from.contentsId }, senderFrame: from.frame }
    return handler(event as unknown as IpcMainInvokeEvent, payload)
  }
}

function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error as Error,
  )
}

const APP_URL = 'file:///app/out/renderer/index.html'

function setup() {
  const ipcMain = new FakeIpcMain()
  const UI_CONTENTS_ID = 1
  const uiFrame: Sender = { contentsId: UI_CONTENTS_ID, frame: { url: APP_URL, parent: null } }
  const handlers = {
    navigate: vi.fn(async ({ target }: { target: string }) => ({ url: target })),
    setPaneBounds: vi.fn(() => undefined),
    storeAfter: vi.fn((): never => {
      throw new Error('There is no timeline entry e9.')
    }),
    goHome: vi.fn(() => {
      throw Object.assign(new TypeError('internal detail'), { secret: '/root/.ssh' })
    }),
    clearCookies: vi.fn(() => {
      throw 'a bare string'
    }),
    deleteCookie: vi.fn(() => {
      throw new CodedError({ code: 'captureNotAttached', params: { command: 'delete' } })
    }),
  } as unknown as CommandHandlers & Record<string, ReturnType<typeof vi.fn>>
  const log = vi.fn()
  const unregister = registerCommandIpc({
    ipcMain: ipcMain as never,
    handlers,
    uiContentsId: () => UI_CONTENTS_ID,
    appUrl: APP_URL,
    log,
  })
  return { ipcMain, uiFrame, handlers, log, unregister }
}

describe('registerCommandIpc', () => {
  it('registers every command of the contract on its channel', () => {
    const { ipcMain } = setup()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      COMMAND_NAMES.map((name) => `cookie-lab:command:${name}`).sort(),
    )
  })

  it('runs a valid command from the UI window and answers with its result', async () => {
    const { ipcMain, uiFrame, handlers } = setup()
    await expect(
      ipcMain.invoke('cookie-lab:command:navigate', uiFrame, { target: '/getcookie' }),
    ).resolves.toEqual({ url: '/getcookie' })
    expect(handlers.navigate).toHaveBeenCalledWith({ target: '/getcookie' })
  })

  it('refuses other web contents and subframes, even at the app’s URL', async () => {
    const { ipcMain, uiFrame, handlers, log } = setup()
    const pane: Sender = { contentsId: 2, frame: { url: APP_URL, parent: null } }
    const subframe: Sender = { contentsId: 1, frame: { url: APP_URL, parent: uiFrame.frame } }
    const gone: Sender = { contentsId: 1, frame: null }
    for (const sender of [pane, subframe, gone]) {
      await expect(
        ipcMain.invoke('cookie-lab:command:navigate', sender, { target: '/' }),
      ).rejects.toThrow(REFUSED_SENDER)
    }
    expect(handlers.navigate).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(`ipc: refused navigate from ${APP_URL}`)
    expect(log).toHaveBeenCalledWith('ipc: refused navigate from a frame that is gone')
  })

  it('refuses the UI window’s own frame once it shows another page', async () => {
    const { ipcMain, handlers } = setup()
    const elsewhere: Sender = {
      contentsId: 1,
      frame: { url: 'http://127.0.0.1:5123/', parent: null },
    }
    await expect(
      ipcMain.invoke('cookie-lab:command:navigate', elsewhere, { target: '/' }),
    ).rejects.toThrow(REFUSED_SENDER)
    expect(handlers.navigate).not.toHaveBeenCalled()
  })

  it('answers a bad payload with an error that says what is wrong, and never runs the handler', async () => {
    const { ipcMain, uiFrame, handlers } = setup()
    await expect(
      ipcMain.invoke('cookie-lab:command:navigate', uiFrame, { target: 42 }),
    ).rejects.toThrow(/^bad navigate payload: target:/)
    await expect(
      ipcMain.invoke('cookie-lab:command:setPaneBounds', uiFrame, {
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        evil: true,
      }),
    ).rejects.toThrow(/bad setPaneBounds payload/)
    await expect(ipcMain.invoke('cookie-lab:command:navigate', uiFrame)).rejects.toThrow(
      /bad navigate payload/,
    )
    expect(handlers.navigate).not.toHaveBeenCalled()
    expect(handlers.setPaneBounds).not.toHaveBeenCalled()
  })

  it('turns whatever a handler throws into a plain Error carrying only the message', async () => {
    const { ipcMain, uiFrame } = setup()
    await expect(
      ipcMain.invoke('cookie-lab:command:storeAfter', uiFrame, { entryId: 'e9' }),
    ).rejects.toThrow('There is no timeline entry e9.')

    const thrown = await rejection(ipcMain.invoke('cookie-lab:command:goHome', uiFrame))
    expect(thrown.constructor).toBe(Error)
    expect(thrown.message).toBe('internal detail')
    expect(thrown).not.toHaveProperty('secret')

    const bare = await rejection(ipcMain.invoke('cookie-lab:command:clearCookies', uiFrame))
    expect(bare).toBeInstanceOf(Error)
    expect(bare.message).toBe('a bare string')
  })

  it('sends a fact across encoded, so the UI can word it in its own language', async () => {
    const { ipcMain, uiFrame } = setup()
    const key = { name: 'a', domain: 'localhost', path: '/' }
    const thrown = await rejection(ipcMain.invoke('cookie-lab:command:deleteCookie', uiFrame, key))
    expect(thrown.constructor).toBe(Error)
    expect(decodeErrorMessage(thrown.message)).toEqual({
      code: 'captureNotAttached',
      params: { command: 'delete' },
    })
  })

  it('removes every handler when unregistered', () => {
    const { ipcMain, unregister } = setup()
    unregister()
    expect(ipcMain.handlers.size).toBe(0)
  })
})

describe('forwardEvents', () => {
  function fakeSession() {
    let listener: (<E extends EventName>(name: E, data: LabEventMap[E]) => void) | undefined
    let readyListener: (() => void) | undefined
    const source: EventSource = {
      onEvent(l) {
        listener = l
        return () => (listener = undefined)
      },
      onUiReady(l) {
        readyListener = l
        return () => (readyListener = undefined)
      },
    }
    return {
      source,
      emit: (name: EventName, data: unknown) => listener?.(name, data as never),
      uiReady: () => readyListener?.(),
    }
  }

  function gatheringTarget() {
    const target = { destroyed: false, isDestroyed: () => target.destroyed, send: vi.fn() }
    const pending: Array<() => void> = []
    const deliver = () => pending.splice(0).forEach((run) => run())
    return { target, schedule: (run: () => void) => void pending.push(run), deliver }
  }

  // Entries and cookies as plain data: the wire compares and copies fields, whatever they are.
  const makeExchange = (fields: { id: string } & Record<string, unknown>) =>
    ({
      kind: 'exchange',
      status: 200,
      cookiePairs: [{ name: 'k', value: 'v' }],
      ...fields,
    }) as never
  const makeCookie = (fields: { name: string }) =>
    ({ domain: 'localhost', path: '/', value: 'v', ...fields }) as never

  /** What the UI makes of what was sent: the wire decoded, as host-connection.ts does. */
  function received(calls: unknown[][]) {
    const wire = new WireDecoder()
    return calls.map(([channel, data]) => {
      if (channel === 'cookie-lab:event:entry') return ['entry', wire.entry(data as never)]
      if (channel === 'cookie-lab:event:store') return ['store', wire.store(data as never)]
      return [String(channel).replace('cookie-lab:event:', ''), data]
    })
  }

  it('sends each event on its channel while the UI lives, and stops when unsubscribed', () => {
    const { source, emit } = fakeSession()
    const { target, schedule, deliver } = gatheringTarget()
    const stop = forwardEvents(source, target, schedule)
    emit('store', [])
    deliver()
    target.destroyed = true
    emit('store', [])
    deliver()
    target.destroyed = false
    stop()
    emit('store', [])
    deliver()
    expect(received(target.send.mock.calls)).toEqual([['store', []]])
  })

  it('sends a burst coalesced: each entry’s newest version, the newest store, every lesson opened', () => {
    const { source, emit } = fakeSession()
    const { target, schedule, deliver } = gatheringTarget()
    forwardEvents(source, target, schedule)
    const a1 = makeExchange({ id: 'a', status: null })
    const a2 = { ...(a1 as object), status: 200 }
    const b = makeExchange({ id: 'b' })
    const one = [makeCookie({ name: 'one' })]
    const two = [...one, makeCookie({ name: 'two' })]
    emit('entry', a1)
    emit('store', one)
    emit('entry', b)
    emit('entry', a2)
    emit('lessonOpened', { n: 1 })
    emit('store', two)
    emit('lessonOpened', { n: 2 })
    expect(target.send).not.toHaveBeenCalled()
    deliver()
    expect(received(target.send.mock.calls)).toEqual([
      ['entry', a2],
      ['entry', b],
      ['lessonOpened', { n: 1 }],
      ['lessonOpened', { n: 2 }],
      ['store', two],
    ])
    const a3 = { ...a2, finishedAt: 5 }
    emit('entry', a3)
    deliver()
    expect(received(target.send.mock.calls).at(-1)).toEqual(['entry', a3])
    // The UI holds a2: only the field that changed crossed.
    expect(target.send.mock.lastCall![1]).toMatchObject({ set: { finishedAt: 5 }, unset: [] })
  })

  it('sends whole again after the UI said ready: a reloaded UI holds nothing sent before', () => {
    const { source, emit, uiReady } = fakeSession()
    const { target, schedule, deliver } = gatheringTarget()
    forwardEvents(source, target, schedule)
    const a = makeExchange({ id: 'a' })
    emit('entry', a)
    deliver()
    uiReady()
    emit('entry', { ...(a as object), status: 404 })
    deliver()
    expect(target.send.mock.lastCall![1]).toMatchObject({ whole: { id: 'a', status: 404 } })
  })
})
