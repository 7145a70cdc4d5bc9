// Runs in the browser host's UI page before the UI (and in the end-to-end harness's, which is the
// same page), in place of Electron's preload: the very same `createCookieLabApi`, over a
// Playwright binding instead of IPC. Bundled for the browser (scripts/build-browser-host.mjs).

import { createCookieLabApi, type ApiTransport, type EventName } from '../shared/contract'
import type { EntryWire } from '../shared/event-wire'
import type { EntryOnWire } from '../shared/wire-cookies'

// Answers and events arrive as JSON text (see ui-bridge.ts); '' stands for undefined.
interface HarnessWindow {
  __cookieLabInvoke(name: string, payload: unknown): Promise<string>
  __cookieLabDeliver?: (name: EventName, json: string) => void
}

const host = window as unknown as HarnessWindow
const listeners = new Map<EventName, Set<(data: never) => void>>()

const transport: ApiTransport = {
  invoke: async (name, payload) => {
    const text = await host.__cookieLabInvoke(name, payload)
    const result = text === '' ? undefined : JSON.parse(text)
    // The bench times the UI from here: the answer is in the page, as after Electron's IPC.
    performance.mark(`host-answered:${name}`)
    return result as never
  },
  subscribe: (name, listener) => {
    const set = listeners.get(name) ?? new Set()
    listeners.set(name, set)
    set.add(listener as (data: never) => void)
    return () => set.delete(listener as (data: never) => void)
  },
}

host.__cookieLabDeliver = (name, json) => {
  const data = JSON.parse(json) as never
  markResponseDelivered(name, data)
  for (const listener of listeners.get(name) ?? []) listener(data)
}

Object.defineProperty(window, 'cookieLab', { value: Object.freeze(createCookieLabApi(transport)) })

const delivered = new Set<string>()

/** The bench times response-to-paint in the UI from here: the first event carrying a response. */
function markResponseDelivered(name: EventName, data: unknown): void {
  if (name !== 'entry') return
  // Whole, or a change of an entry (shared/event-wire.ts): a change carries a status it gained.
  const wire = data as EntryWire
  const id = 'whole' in wire ? wire.whole.id : wire.id
  const fields: Partial<EntryOnWire> = 'whole' in wire ? wire.whole : wire.set
  if (!('status' in fields) || fields.status == null || delivered.has(id)) return
  delivered.add(id)
  performance.mark(`host-delivered:${id}`)
}
