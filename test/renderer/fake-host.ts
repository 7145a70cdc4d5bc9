// A host for the UI in tests: the real `createCookieLabApi` over a transport that records every
// command and lets a test push events, as Electron's preload and the harness do. Entries and
// stores go out through the hosts' own wire encoder, so they reach the UI as from a real host:
// one the UI holds as what changed (src/shared/event-wire.ts).

import { vi } from 'vitest'
import {
  createCookieLabApi,
  type AppSnapshot,
  type ApiTransport,
  type CommandName,
  type EventName,
  type LabEventMap,
} from '../../src/shared/contract'
import { WireEncoder } from '../../src/shared/event-wire'
import type { PaneState } from '../../src/shared/domain'
import { SERVER_URL } from './factories'

export function makePane(overrides: Partial<PaneState> = {}): PaneState {
  return {
    url: `${SERVER_URL}/`,
    title: 'Cookie Lab tutorial',
    canGoBack: false,
    canGoForward: false,
    loading: false,
    crashed: false,
    ...overrides,
  }
}

export function makeSnapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    serverUrl: SERVER_URL,
    homeUrl: `${SERVER_URL}/`,
    entries: [],
    entryCount: overrides.entries?.length ?? 0,
    store: [],
    pane: makePane(),
    ...overrides,
  }
}

type Answers = { [K in CommandName]?: (payload: never) => unknown }

export function createFakeHost(answers: Answers = {}) {
  const listeners = new Map<EventName, Set<(data: never) => void>>()
  const wire = new WireEncoder()
  const defaults: Answers = {
    ready: () => makeSnapshot(),
    navigate: (payload: { target: string }) =>
      makePane({ url: new URL(payload.target, SERVER_URL).toString() }),
    goBack: () => makePane(),
    goForward: () => makePane(),
    reload: () => makePane(),
    goHome: () => makePane(),
    storeAfter: () => [],
    // A host whose session holds only what `ready` sent: no page holds more.
    entryPage: () => ({ entries: [], skipped: [], from: 0, to: 0, end: true, entryCount: 0 }),
    searchEntries: () => ({ entries: [], skipped: [], from: 0, to: 0, end: true, entryCount: 0 }),
  }
  const invoke = vi.fn(async (name: CommandName, payload: unknown) => {
    if (name === 'ready') wire.reset()
    const answer = answers[name] ?? defaults[name]
    return answer ? answer(payload as never) : undefined
  })
  const transport: ApiTransport = {
    invoke: invoke as ApiTransport['invoke'],
    subscribe: (name, listener) => {
      const set = listeners.get(name) ?? new Set()
      listeners.set(name, set)
      set.add(listener as (data: never) => void)
      return () => set.delete(listener as (data: never) => void)
    },
  }
  return {
    api: createCookieLabApi(transport),
    invoke,
    /** The commands sent so far, as [name, payload]. */
    calls: (name?: CommandName) =>
      invoke.mock.calls.filter(([called]) => name === undefined || called === name),
    emit<E extends EventName>(name: E, data: LabEventMap[E]) {
      const sent =
        name === 'entry'
          ? wire.entry(data as LabEventMap['entry'])
          : name === 'store'
            ? wire.store(data as LabEventMap['store'])
            : data
      for (const listener of listeners.get(name) ?? []) listener(sent as never)
    },
    listenerCount: (name: EventName) => listeners.get(name)?.size ?? 0,
  }
}

export type FakeHost = ReturnType<typeof createFakeHost>
