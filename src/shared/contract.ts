// The one IPC contract between the UI and whatever hosts it: Electron's main process in the app,
// the Chromium harness in tests. Both sides import these names and types, so they cannot drift.
// Payload validation lives in `contract-schemas.ts` (zod) so the renderer bundle stays small.

import type {
  ColorScheme,
  CookieKey,
  PaneState,
  PartitionKey,
  SameSite,
  StoredCookie,
  TimelineEntry,
} from './domain'
import type { EntryWire, StoreWire } from './event-wire'
import type { HarExport, HarOpening, HarPage } from './har'
import type { Lesson } from './lessons/lesson'
import type { FilterMode } from './timeline-filter'
import type { Locale } from './messages/format-message'
import type { LocatedLessonProblem } from './lessons/lesson-problems'

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
  /** Set it in this partition (CHIPS) rather than unpartitioned: an edit keeps the cookie's own. */
  partitionKey?: PartitionKey
  /** CDP `Network.CookiePriority`; absent: Chromium's default, `Medium`. */
  priority?: 'Low' | 'Medium' | 'High'
}

export interface PaneBounds {
  x: number
  y: number
  width: number
  height: number
}

/** A lesson the host holds, as the UI lists and plays it. */
export interface LessonListing {
  /**
   * The host's handle, the only way the UI names a lesson: `built-in:<lesson id>`, or `file:<n>`
   * for the n-th file opened in this session. The host runs only lessons it parsed itself.
   */
  ref: string
  source: 'built-in' | 'file'
  /** An opened file's name (never its path); absent for a built-in lesson. */
  fileName?: string
  lesson: Lesson
}

/** A lesson file opened: the lesson the host now holds, or every problem found in the file. */
export type LessonOpening =
  | { ok: true; listing: LessonListing }
  | { ok: false; fileName: string; problems: LocatedLessonProblem[] }

/**
 * What running a step's action did. `error`, when it could not be done: a message encoded with
 * `encodeErrorMessage` (read it with `decodeErrorMessage`, as a rejected command's).
 */
export interface LessonActionOutcome {
  ok: boolean
  error?: string
}

/** Everything the UI needs at start-up; later changes arrive as events. */
export interface AppSnapshot {
  serverUrl: string
  homeUrl: string
  /**
   * The newest entries (at most READY_PAGE_LIMIT), oldest first: the UI asks for older ones
   * (`entryPage`) as the user scrolls up, so a long session opens as fast as a short one.
   */
  entries: TimelineEntry[]
  /** How many entries the session holds in all. */
  entryCount: number
  store: StoredCookie[]
  pane: PaneState
}

/** The most entries one page (and `ready`) carries: a page is a few hundred KB at most. */
export const ENTRY_PAGE_LIMIT = 500
/** How many of the newest entries `ready` answers with. */
export const READY_PAGE_LIMIT = 200

/**
 * A page of the timeline from FROMSEQ: the entries just before it (`older`; null: the newest),
 * or just after it (`newer`; null: the oldest), at most LIMIT.
 */
export interface EntryPageQuery {
  direction: 'older' | 'newer'
  fromSeq: number | null
  limit: number
}

/** A page of the entries whose cookies match the name filter TEXT (as the timeline filters). */
export interface EntrySearchQuery extends EntryPageQuery {
  text: string
  mode: FilterMode
}

/** Entries of a search that did not match, between two that did: counted, not sent. */
export interface SkippedRun {
  /** The first and last seq of the run. */
  from: number
  to: number
  count: number
}

/**
 * One page, oldest first. Every entry with a seq in [from, to] is in `entries` or counted in
 * `skipped`, so the UI can say what lies between two rows without holding it.
 */
export interface EntryPage {
  entries: TimelineEntry[]
  skipped: SkippedRun[]
  /** The seqs the page covers; with no entry at all, from > to. */
  from: number
  to: number
  /** Nothing lies beyond the page in its direction (the session's first, or newest, entry). */
  end: boolean
  /** How many entries the session holds in all, as the page was read. */
  entryCount: number
}

/**
 * A command's declaration: what the API method takes and sends, and what the host answers.
 * `Result` exists only in the type system; at run time a declaration is just its `send`.
 */
export interface CommandDeclaration<Args extends unknown[], Payload, Result> {
  /** Turns the API method's arguments into the payload the host receives. */
  readonly send: (...args: Args) => Payload
  /** Never set: it carries the result's type. */
  readonly result?: Result
}

/**
 * Declares a command that answers with `Result` and takes no payload; `.sending(fn)` gives it
 * the API method's arguments and the payload they make.
 */
function command<Result>() {
  const declaration: CommandDeclaration<[], undefined, Result> = { send: () => undefined }
  return Object.assign(declaration, {
    sending: <Args extends unknown[], Payload>(
      send: (...args: Args) => Payload,
    ): CommandDeclaration<Args, Payload, Result> => ({ send }),
  })
}

/**
 * Every command the UI sends, declared once: the names, the payload and result types, the
 * channels and the API's methods all derive from here. Each answers with its result or rejects
 * with a readable Error. The host validates payloads with `contract-schemas.ts`, whose record the
 * type checker holds complete and exact for this declaration.
 */
export const commands = {
  /** The UI is ready for events: answers with the state so far, then events flow. */
  ready: command<AppSnapshot>(),
  /** A path on the tutorial server (`/getcookie`) or a full http(s) URL. */
  navigate: command<PaneState>().sending((target: string) => ({ target })),
  goBack: command<PaneState>(),
  goForward: command<PaneState>(),
  reload: command<PaneState>(),
  goHome: command<PaneState>(),
  /** Where the renderer's empty pane slot is, in CSS pixels of the UI window. */
  setPaneBounds: command<undefined>().sending((bounds: PaneBounds) => bounds),
  /** The pane page's zoom: presenter type and zoom enlarge the page too, not only the UI. */
  setPaneZoom: command<undefined>().sending((factor: number) => ({ factor })),
  /** The UI's theme, for the pane's pages too (`prefers-color-scheme`): the tutorial follows it. */
  setPaneColorScheme: command<undefined>().sending((scheme: ColorScheme) => ({ scheme })),
  /**
   * The language the learner chose for the UI: the host speaks it too (Electron's menu and
   * dialogs, the tutorial's explanatory pages).
   */
  setLanguage: command<undefined>().sending((locale: Locale) => ({ locale })),
  setCookie: command<undefined>().sending((draft: CookieDraft) => draft),
  deleteCookie: command<undefined>().sending((key: CookieKey) => key),
  clearCookies: command<undefined>(),
  /** A page of the timeline, older or newer than a seq: the UI holds only what it shows. */
  entryPage: command<EntryPage>().sending((query: EntryPageQuery) => query),
  /** The name filter across the whole session, a page at a time (newest matches first). */
  searchEntries: command<EntryPage>().sending((query: EntrySearchQuery) => query),
  /** The store as it was right after a timeline entry (time travel). */
  storeAfter: command<StoredCookie[]>().sending((entryId: string) => ({ entryId })),
  /** The lessons the host holds: the built-in ones, then the files opened so far. */
  lessons: command<LessonListing[]>(),
  /**
   * A lesson file the UI read itself (a drop, a file input): its name and TEXT, never a path.
   * The host parses it; a text over MAX_LESSON_BYTES is refused (check a file's size first).
   */
  openLessonText: command<LessonOpening>().sending((fileName: string, text: string) => ({
    fileName,
    text,
  })),
  /**
   * Performs only the action of step STEPID of lesson REF in the pane, with the runner's reach
   * rules; answers once the action and the navigations it began are over. It does not wait for
   * the step's checks: the UI reads them live. Rejects for a ref or step the host does not hold,
   * a step left to the learner, or while another lesson action is running.
   */
  runLessonAction: command<LessonActionOutcome>().sending((ref: string, stepId: string) => ({
    ref,
    stepId,
  })),
  /**
   * The session as HAR 1.2 text, SANITISED (no cookie values, no Cookie, Set-Cookie or
   * Authorization values) or not, and a file name to save it under. The UI saves it itself.
   */
  exportHar: command<HarExport>().sending((sanitised: boolean) => ({ sanitised })),
  /**
   * The entries of the host's imported file REF (`harOpened`) older than BEFORE, a page of them:
   * a long file's newest rows are shown first, its older ones asked for after. Rejects for a file
   * no longer held. A file the UI holds (a drop, a file input) never comes here: the UI reads it
   * in its own HAR worker (src/ui-worker).
   */
  harPage: command<HarPage>().sending((ref: number, before: number) => ({ ref, before })),
}

type Commands = typeof commands
export type CommandName = keyof Commands
export type CommandPayload<K extends CommandName> = ReturnType<Commands[K]['send']>
export type CommandResult<K extends CommandName> =
  Commands[K] extends CommandDeclaration<never, unknown, infer Result> ? Result : never
export type CommandArgs<K extends CommandName> = Parameters<Commands[K]['send']>

/** An event's declaration: at run time nothing, in the type system the data it carries. */
export interface EventDeclaration<Data> {
  /** Never set: it carries the data's type. */
  readonly data?: Data
}

const event = <Data>(): EventDeclaration<Data> => ({})

/** Every event the host pushes to the UI, declared once; the API's `onEntry` etc. derive from here. */
export const events = {
  /** An entry was added or updated (same id: replace); whole, or what changed (event-wire.ts). */
  entry: event<EntryWire>(),
  /** The pane's cookie store after any change; whole, or what changed (event-wire.ts). */
  store: event<StoreWire>(),
  pane: event<PaneState>(),
  /** A lesson file the host opened itself: the app menu's "Open Lesson…" (a dialog in main). */
  lessonOpened: event<LessonOpening>(),
  /** A HAR file the host opened itself: the app menu's "Import HAR…" (a dialog in main). */
  harOpened: event<HarOpening>(),
}

export type EventName = keyof typeof events
export type EventMap = {
  [E in EventName]: (typeof events)[E] extends EventDeclaration<infer Data> ? Data : never
}

/**
 * The session's events, as the host has them before they cross: whole entries and whole stores.
 * The hosts' outbox (core/event-outbox.ts) turns them into the wire's.
 */
export type LabEventMap = Omit<EventMap, 'entry' | 'store'> & {
  entry: TimelineEntry
  store: StoredCookie[]
}

export const COMMAND_NAMES = Object.keys(commands) as readonly CommandName[]
export const EVENT_NAMES = Object.keys(events) as readonly EventName[]

export const commandChannel = (name: CommandName): string => `cookie-lab:command:${name}`
export const eventChannel = (name: EventName): string => `cookie-lab:event:${name}`

/** How an API reaches its host: IPC in Electron, a Playwright binding in the test harness. */
export interface ApiTransport {
  invoke<K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<CommandResult<K>>
  /** Returns an unsubscribe function. */
  subscribe<E extends EventName>(name: E, listener: (data: EventMap[E]) => void): () => void
}

/** The API's command methods: one per command, taking the arguments its declaration names. */
export type CommandMethods = {
  [K in CommandName]: (...args: CommandArgs<K>) => Promise<CommandResult<K>>
}

/** The API's event methods: `onEntry` for `entry`, and so on; each returns an unsubscribe. */
export type EventMethods = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: (data: EventMap[E]) => void) => () => void
}

/**
 * The API the UI sees as `window.cookieLab`: one named method per capability, nothing raw.
 * The preload builds it over IPC; the test harness builds the very same object over a binding.
 */
export function createCookieLabApi(transport: ApiTransport): CommandMethods & EventMethods {
  const api: Record<string, unknown> = {}
  for (const name of COMMAND_NAMES) {
    const send = commands[name].send as (...args: unknown[]) => never
    api[name] = (...args: unknown[]) => transport.invoke(name, send(...args))
  }
  const subscriber =
    <E extends EventName>(name: E) =>
    (listener: (data: EventMap[E]) => void) =>
      transport.subscribe(name, listener)
  for (const name of EVENT_NAMES)
    api[`on${name[0]!.toUpperCase()}${name.slice(1)}`] = subscriber(name)
  return api as CommandMethods & EventMethods
}

export type CookieLabApi = ReturnType<typeof createCookieLabApi>

/** The host side: one function per command. Payloads arrive already validated. */
export type CommandHandlers = {
  [K in CommandName]: (payload: CommandPayload<K>) => Promise<CommandResult<K>> | CommandResult<K>
}
