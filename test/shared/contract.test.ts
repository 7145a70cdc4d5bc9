import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { z } from 'zod'
import {
  COMMAND_NAMES,
  commands,
  createCookieLabApi,
  EVENT_NAMES,
  type ApiTransport,
  type CommandArgs,
  type CommandName,
} from '../../src/shared/contract'
import {
  commandSchemas,
  validateCommand,
  type InexactSchemas,
} from '../../src/shared/contract-schemas'

// What a UI might pass to each API method; the type keeps it complete as commands are added.
const SAMPLE_ARGS: { [K in CommandName]: CommandArgs<K> } = {
  ready: [],
  navigate: ['/getcookie'],
  goBack: [],
  goForward: [],
  reload: [],
  goHome: [],
  setPaneBounds: [{ x: 0, y: 40, width: 800, height: 600 }],
  setPaneZoom: [1.25],
  setPaneColorScheme: ['dark'],
  setLanguage: ['zh-CN'],
  setCookie: [
    {
      name: 'userID',
      value: 'john',
      domain: 'localhost',
      path: '/',
      expires: null,
      httpOnly: false,
      secure: false,
      sameSite: 'Lax',
    },
  ],
  deleteCookie: [{ name: 'userID', domain: 'localhost', path: '/' }],
  clearCookies: [],
  entryPage: [{ direction: 'older', fromSeq: 40, limit: 200 }],
  searchEntries: [{ direction: 'older', fromSeq: null, limit: 200, text: 'k150', mode: 'changes' }],
  storeAfter: ['e1'],
  lessons: [],
  openLessonText: ['my-lesson.yaml', 'format: 1\n'],
  runLessonAction: ['built-in:set-get-delete', 'open-form'],
  exportHar: [true],
  harPage: [1, 500],
}

function recordingApi() {
  const invoke = vi.fn(async () => undefined)
  const subscribe = vi.fn(() => () => undefined)
  const api = createCookieLabApi({ invoke, subscribe } as unknown as ApiTransport)
  return { api, invoke, subscribe }
}

describe('the command declaration', () => {
  it('gives the API one method per command and one on… per event, nothing else', () => {
    const { api } = recordingApi()
    expect(Object.keys(api).sort()).toEqual(
      [...COMMAND_NAMES, 'onEntry', 'onStore', 'onPane', 'onLessonOpened', 'onHarOpened'].sort(),
    )
    expect(EVENT_NAMES).toEqual(['entry', 'store', 'pane', 'lessonOpened', 'harOpened'])
  })

  it('sends each method’s payload on its own command', async () => {
    const { api, invoke } = recordingApi()
    await api.navigate('/john/set')
    await api.setPaneZoom(1.5)
    await api.storeAfter('e7')
    await (api.goBack as (...args: unknown[]) => Promise<unknown>)({ type: 'click' })
    expect(invoke.mock.calls).toEqual([
      ['navigate', { target: '/john/set' }],
      ['setPaneZoom', { factor: 1.5 }],
      ['storeAfter', { entryId: 'e7' }],
      // A method without a payload sends none, whatever a click handler passes it.
      ['goBack', undefined],
    ])
  })

  it('subscribes each on… method to its event', () => {
    const { api, subscribe } = recordingApi()
    const listener = () => undefined
    api.onEntry(listener)
    api.onStore(listener)
    api.onPane(listener)
    api.onLessonOpened(listener)
    expect(subscribe.mock.calls).toEqual([
      ['entry', listener],
      ['store', listener],
      ['pane', listener],
      ['lessonOpened', listener],
    ])
  })

  it('sends payloads that the host’s schemas accept, for every command', async () => {
    const { api, invoke } = recordingApi()
    for (const name of COMMAND_NAMES) {
      const method = api[name] as (...args: unknown[]) => Promise<unknown>
      await method(...SAMPLE_ARGS[name])
      const [sentName, payload] = invoke.mock.lastCall as unknown as [string, unknown]
      expect(sentName).toBe(name)
      expect(validateCommand(sentName, payload).payload).toEqual(
        (commands[name].send as (...args: unknown[]) => unknown)(...SAMPLE_ARGS[name]),
      )
    }
  })

  // Checked by the type checker (`npm run typecheck`): the schema record must be exact.
  it('holds the schema record exact to the declaration', () => {
    expectTypeOf<InexactSchemas<typeof commandSchemas>>().toEqualTypeOf<never>()
    type Looser = Omit<typeof commandSchemas, 'navigate' | 'storeAfter'> & {
      navigate: z.ZodObject<{ target: z.ZodString; referrer: z.ZodOptional<z.ZodString> }>
      storeAfter: z.ZodObject<{ entryId: z.ZodOptional<z.ZodString> }>
    }
    expectTypeOf<InexactSchemas<Looser>>().toEqualTypeOf<'navigate' | 'storeAfter'>()
  })
})
