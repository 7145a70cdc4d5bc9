// Runs in the UI page of the end-to-end harness, in place of Electron's preload: the very same
// `createCookieLabApi`, over a Playwright binding instead of IPC.

import { createCookieLabApi, type ApiTransport, type EventName } from '../../src/shared/contract'

interface HarnessWindow {
  __cookieLabInvoke(name: string, payload: unknown): Promise<unknown>
  __cookieLabDeliver?: (name: EventName, data: unknown) => void
}

const host = window as unknown as HarnessWindow
const listeners = new Map<EventName, Set<(data: never) => void>>()

const transport: ApiTransport = {
  invoke: (name, payload) => host.__cookieLabInvoke(name, payload) as never,
  subscribe: (name, listener) => {
    const set = listeners.get(name) ?? new Set()
    listeners.set(name, set)
    set.add(listener as (data: never) => void)
    return () => set.delete(listener as (data: never) => void)
  },
}

host.__cookieLabDeliver = (name, data) => {
  for (const listener of listeners.get(name) ?? []) listener(data as never)
}

Object.defineProperty(window, 'cookieLab', { value: Object.freeze(createCookieLabApi(transport)) })
