// The one IPC contract between the UI and whatever hosts it: Electron's main process in the app,
// the Chromium harness in tests. Both sides import these names and types, so they cannot drift.
// Payload validation lives in `contract-schemas.ts` (zod) so the renderer bundle stays small.

import type { CookieKey, PaneState, SameSite, StoredCookie, TimelineEntry } from './domain'

/** A cookie as the inspector writes it. `domain` without a leading dot means host-only. */
export interface CookieDraft {
  name: string
  value: string
  domain: string
  path: string
  /** Unix seconds; null for a session cookie. */
  expires: number | null
  httpOnly: boolean
  secure: boolean
  sameSite: SameSite | null
}

export interface PaneBounds {
  x: number
  y: number
  width: number
  height: number
}

/** Everything the UI needs at start-up; later changes arrive as events. */
export interface AppSnapshot {
  serverUrl: string
  homeUrl: string
  entries: TimelineEntry[]
  store: StoredCookie[]
  pane: PaneState
}

/** Commands the UI sends; each answers with `result` or rejects with a readable Error. */
export interface CommandMap {
  /** The UI is ready for events: answers with the state so far, then events flow. */
  ready: { payload: undefined; result: AppSnapshot }
  /** A path on the tutorial server (`/getcookie`) or a full http(s) URL. */
  navigate: { payload: { target: string }; result: PaneState }
  goBack: { payload: undefined; result: PaneState }
  goForward: { payload: undefined; result: PaneState }
  reload: { payload: undefined; result: PaneState }
  goHome: { payload: undefined; result: PaneState }
  /** Where the renderer's empty pane slot is, in CSS pixels of the UI window. */
  setPaneBounds: { payload: PaneBounds; result: undefined }
  /** The pane page's zoom: presenter type and zoom enlarge the page too, not only the UI. */
  setPaneZoom: { payload: { factor: number }; result: undefined }
  setCookie: { payload: CookieDraft; result: undefined }
  deleteCookie: { payload: CookieKey; result: undefined }
  clearCookies: { payload: undefined; result: undefined }
  /** The store as it was right after a timeline entry (time travel). */
  storeAfter: { payload: { entryId: string }; result: StoredCookie[] }
}

export type CommandName = keyof CommandMap
export type CommandPayload<K extends CommandName> = CommandMap[K]['payload']
export type CommandResult<K extends CommandName> = CommandMap[K]['result']

/** Events the host pushes to the UI. */
export interface EventMap {
  /** An entry was added or updated (same id: replace). */
  entry: TimelineEntry
  /** The pane's whole cookie store, after any change. */
  store: StoredCookie[]
  pane: PaneState
}

export type EventName = keyof EventMap

export const COMMAND_NAMES = [
  'ready',
  'navigate',
  'goBack',
  'goForward',
  'reload',
  'goHome',
  'setPaneBounds',
  'setPaneZoom',
  'setCookie',
  'deleteCookie',
  'clearCookies',
  'storeAfter',
] as const satisfies readonly CommandName[]

export const commandChannel = (name: CommandName): string => `cookie-lab:command:${name}`
export const eventChannel = (name: EventName): string => `cookie-lab:event:${name}`

/** How an API reaches its host: IPC in Electron, a Playwright binding in the test harness. */
export interface ApiTransport {
  invoke<K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<CommandResult<K>>
  /** Returns an unsubscribe function. */
  subscribe<E extends EventName>(name: E, listener: (data: EventMap[E]) => void): () => void
}

/**
 * The API the UI sees as `window.cookieLab`: one named method per capability, nothing raw.
 * The preload builds it over IPC; the test harness builds the very same object over a binding.
 */
export function createCookieLabApi(transport: ApiTransport) {
  return {
    ready: () => transport.invoke('ready', undefined),
    navigate: (target: string) => transport.invoke('navigate', { target }),
    goBack: () => transport.invoke('goBack', undefined),
    goForward: () => transport.invoke('goForward', undefined),
    reload: () => transport.invoke('reload', undefined),
    goHome: () => transport.invoke('goHome', undefined),
    setPaneBounds: (bounds: PaneBounds) => transport.invoke('setPaneBounds', bounds),
    setPaneZoom: (factor: number) => transport.invoke('setPaneZoom', { factor }),
    setCookie: (draft: CookieDraft) => transport.invoke('setCookie', draft),
    deleteCookie: (key: CookieKey) => transport.invoke('deleteCookie', key),
    clearCookies: () => transport.invoke('clearCookies', undefined),
    storeAfter: (entryId: string) => transport.invoke('storeAfter', { entryId }),
    onEntry: (listener: (entry: TimelineEntry) => void) => transport.subscribe('entry', listener),
    onStore: (listener: (store: StoredCookie[]) => void) => transport.subscribe('store', listener),
    onPane: (listener: (pane: PaneState) => void) => transport.subscribe('pane', listener),
  }
}

export type CookieLabApi = ReturnType<typeof createCookieLabApi>

/** The host side: one function per command. Payloads arrive already validated. */
export type CommandHandlers = {
  [K in CommandName]: (payload: CommandPayload<K>) => Promise<CommandResult<K>> | CommandResult<K>
}
