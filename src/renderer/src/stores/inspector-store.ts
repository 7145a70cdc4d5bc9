// The store inspector's state: the pane's live cookie store, or (time travel) the store as it
// was right after a past timeline entry; which rows that entry changed; and the edits the user
// makes. Edits go to the host, whose answer comes back as a store event and a timeline entry.
//
// Half-typed edits (a cookie's new value, the add-cookie form) are drafts held here, not in the
// components, so they outlive whatever redraws the table: selecting another timeline row (time
// travel shows a read-only past store), a store event, a sort or filter, a theme or Presenter
// switch. Like a mail client's draft, and unlike a devtools grid that commits or drops a cell on
// blur, the learner's text is neither saved nor thrown away behind their back: it waits, said so
// where it cannot be shown, until they save or cancel it themselves. A draft whose cookie has
// left the store is kept too, and the inspector says the cookie is gone (saving puts it back).

import { keepUnchangedCookies } from './kept-values'
import type { CookieDraft, CookieLabApi } from '../../../shared/contract'
import type { ChangeType, StoredCookie, TimelineEntry } from '../../../shared/domain'
import { cookieKeyOf, sameCookie } from '../../../shared/domain'
import { draftFromForm, type CookieFormValues } from '../cookie-form'
import type { DraftWarning } from '../cookie-reach'
import { nextSort, type StoreColumn, type StoreSort } from '../store-sort'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import { readableError } from './readable-error'

export type InspectorApi = Pick<
  CookieLabApi,
  'setCookie' | 'deleteCookie' | 'clearCookies' | 'storeAfter'
>

export type InspectorView =
  | { mode: 'live' }
  | {
      mode: 'past'
      entryId: string
      seq: number
      /** null while the host has not answered yet. */
      cookies: readonly StoredCookie[] | null
      error: string | null
    }

export interface InspectorSnapshot {
  live: readonly StoredCookie[]
  view: InspectorView
  /** What the table shows: the live store, or the past one once it has arrived. */
  cookies: readonly StoredCookie[] | null
  /** The timeline entry whose changes are marked, if any. */
  focusedId: string | null
  /** What the focused entry did to each cookie, by `cookieKeyOf`: those rows are highlighted. */
  marks: ReadonlyMap<string, ChangeType>
  /** Cookies the focused entry removed or expired, no longer in `cookies`: shown struck out. */
  gone: readonly StoredCookie[]
  /** The row whose value is being edited, by `cookieKeyOf` (the key of `edit`). */
  editingKey: string | null
  /** The value being edited: kept through time travel, store events and redraws. */
  edit: ValueEdit | null
  adding: boolean
  /** The add form's values as typed; null: not typed in yet (the form starts from its defaults). */
  addForm: CookieFormValues | null
  /** Why the add form's values make no cookie, in words; null when they were not refused. */
  addError: string | null
  confirmingClear: boolean
  busy: boolean
  error: string | null
  /** How the table is ordered; null: as the browser lists the store. Kept while the app runs. */
  sort: StoreSort | null
  /** Show only the cookies with an issue (inspector-issues.ts). */
  issuesOnly: boolean
  /** Show values with their %xx escapes decoded. The store is not changed. */
  decodeValues: boolean
  /** A cookie just added by hand that the learner should know something about. */
  addedWarning: { name: string; warnings: readonly DraftWarning[] } | null
}

/** Chromium's priorities; `Medium` is its default, so a draft leaves it out. */
const DRAFT_PRIORITIES = new Set(['Low', 'High'] as const)

/** A stored cookie as the host's setCookie takes it, with a new value. */
export function draftFromStored(cookie: StoredCookie, value: string): CookieDraft {
  // The browser reports expiry with a fraction of a second; a draft takes whole seconds.
  const expires = cookie.expires === null ? null : Math.round(cookie.expires)
  const domain =
    cookie.hostOnly || cookie.domain.startsWith('.') ? cookie.domain : `.${cookie.domain}`
  return {
    name: cookie.name,
    value,
    domain,
    path: cookie.path,
    expires,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    // An edit stays in the cookie's own partition (Network.setCookie takes it), and keeps its
    // priority: without them the edit would make a second, unpartitioned, Medium cookie.
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    ...(DRAFT_PRIORITIES.has(cookie.priority as 'Low' | 'High')
      ? { priority: cookie.priority as 'Low' | 'High' }
      : {}),
  }
}

/** A cookie's value being edited: the cookie as it was when the edit began, and the text typed. */
export interface ValueEdit {
  cookie: StoredCookie
  value: string
}

const NO_MARKS: ReadonlyMap<string, ChangeType> = new Map()

export class InspectorStore implements ExternalStore<InspectorSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private focused: TimelineEntry | null = null
  private pastRequest = 0
  /**
   * A form the learner just opened, to take the keyboard once it shows. Not when a kept draft
   * shows again (back from the past store): that would pull the keyboard out of the timeline
   * while the learner walks its rows with the arrow keys.
   */
  private focusWanted: 'edit' | 'add' | null = null
  private snapshot: InspectorSnapshot = {
    live: [],
    view: { mode: 'live' },
    cookies: [],
    focusedId: null,
    marks: NO_MARKS,
    gone: [],
    editingKey: null,
    edit: null,
    adding: false,
    addForm: null,
    addError: null,
    confirmingClear: false,
    busy: false,
    error: null,
    sort: null,
    issuesOnly: false,
    decodeValues: false,
    addedWarning: null,
  }

  constructor(private readonly api: InspectorApi) {}

  subscribe = this.emitter.subscribe
  getSnapshot = (): InspectorSnapshot => this.snapshot

  setLive(cookies: readonly StoredCookie[]): void {
    this.update({ live: keepUnchangedCookies(this.snapshot.live, cookies) })
  }

  /**
   * Shows the store around a timeline entry: `live` for the newest one (the store as it is now),
   * `past` for an older one (the store right after it). null: the live store, nothing marked.
   */
  focus(entry: TimelineEntry | null, mode: 'live' | 'past'): void {
    const previous = this.focused
    const view = this.snapshot.view
    const sameMode = mode === 'live' ? view.mode === 'live' : view.mode === 'past'
    if (previous === entry && sameMode) return
    this.focused = entry
    if (entry === null || mode === 'live') {
      this.pastRequest++
      this.update({ view: { mode: 'live' } })
      return
    }
    const stillLoaded =
      view.mode === 'past' &&
      view.entryId === entry.id &&
      previous?.storeChanges === entry.storeChanges
    if (stillLoaded) {
      this.update({})
      return
    }
    // The drafts stay (see the top of this file); only the question about clearing the live
    // store goes, as the past store has no "Clear all".
    this.update({
      view: { mode: 'past', entryId: entry.id, seq: entry.seq, cookies: null, error: null },
      confirmingClear: false,
    })
    void this.loadPast(entry)
  }

  /** Leaves time travel: the live store, with nothing marked. */
  backToLive(): void {
    this.focused = null
    this.pastRequest++
    this.update({ view: { mode: 'live' } })
  }

  /**
   * Opens COOKIE's value for editing, starting from its value. One edit at a time: an open edit
   * with text typed into it is not replaced (the other rows' Edit buttons wait for it).
   */
  startEdit(cookie: StoredCookie): void {
    if (editHasText(this.snapshot.edit)) return
    this.focusWanted = 'edit'
    this.update({
      edit: { cookie, value: cookie.value },
      confirmingClear: false,
      error: null,
    })
  }

  /** The text typed into the value editor so far. */
  setEditValue(value: string): void {
    const edit = this.snapshot.edit
    if (edit === null) return
    this.update({ edit: { ...edit, value } })
  }

  /** Drops the edit: only ever on the learner's word (Cancel, Escape). */
  cancelEdit(): void {
    this.update({ edit: null })
  }

  /** Opens or folds the add form; what was typed stays in it (Cancel drops it). */
  setAdding(adding: boolean): void {
    if (adding) this.focusWanted = 'add'
    this.update({ adding, confirmingClear: false, error: null, addedWarning: null })
  }

  /** Closes the add form and drops what was typed in it: the learner's Cancel. */
  cancelAdding(): void {
    this.update({ adding: false, addForm: null, addError: null, error: null })
  }

  /** Whether FORM was just opened and should take the keyboard; asked once, as it shows. */
  takeFocus(form: 'edit' | 'add'): boolean {
    if (this.focusWanted !== form) return false
    this.focusWanted = null
    return true
  }

  /** The add form's values as typed so far. */
  setAddForm(form: CookieFormValues): void {
    this.update({ addForm: form })
  }

  /** Orders the table by COLUMN, or the other way round when it already is. */
  sortBy(column: StoreColumn): void {
    this.update({ sort: nextSort(this.snapshot.sort, column) })
  }

  setIssuesOnly(issuesOnly: boolean): void {
    this.update({ issuesOnly })
  }

  setDecodeValues(decodeValues: boolean): void {
    this.update({ decodeValues })
  }

  dismissAddedWarning(): void {
    this.update({ addedWarning: null })
  }

  askClear(): void {
    this.update({ confirmingClear: true, error: null })
  }

  cancelClear(): void {
    this.update({ confirmingClear: false })
  }

  saveValue(cookie: StoredCookie, value: string): Promise<boolean> {
    return this.run(() => this.api.setCookie(draftFromStored(cookie, value)), { edit: null })
  }

  /** Adds DRAFT; WARNINGS (what the form warned about) stay in view once it is added. */
  addCookie(draft: CookieDraft, warnings: readonly DraftWarning[] = []): Promise<boolean> {
    return this.run(() => this.api.setCookie(draft), {
      adding: false,
      addForm: null,
      addError: null,
      addedWarning: warnings.length > 0 ? { name: draft.name, warnings } : null,
    })
  }

  /**
   * The add form's values as a cookie made now, added with the WARNINGS it showed; the form's
   * error in words when the values make no cookie (then the host is not asked).
   */
  submitAddForm(form: CookieFormValues, warnings: readonly DraftWarning[]): string | null {
    const result = draftFromForm(form, Date.now())
    if (!result.ok) {
      this.update({ addForm: form, addError: result.error })
      return result.error
    }
    this.update({ addForm: form, addError: null })
    void this.addCookie(result.draft, warnings)
    return null
  }

  deleteCookie(cookie: StoredCookie): Promise<boolean> {
    const { name, domain, path, partitionKey } = cookie
    // The partition is part of the key: without it Chromium deletes the unpartitioned one.
    const key = partitionKey ? { name, domain, path, partitionKey } : { name, domain, path }
    return this.run(() => this.api.deleteCookie(key), {})
  }

  confirmClear(): Promise<boolean> {
    return this.run(() => this.api.clearCookies(), { confirmingClear: false })
  }

  private async loadPast(entry: TimelineEntry): Promise<void> {
    const request = ++this.pastRequest
    let patch: { cookies: readonly StoredCookie[] | null; error: string | null }
    try {
      patch = { cookies: await this.api.storeAfter(entry.id), error: null }
    } catch (error) {
      patch = { cookies: null, error: readableError(error) }
    }
    // A later focus (or back to live) already replaced this view.
    if (request !== this.pastRequest) return
    this.update({
      view: { mode: 'past', entryId: entry.id, seq: entry.seq, ...patch },
    })
  }

  private async run(
    command: () => Promise<unknown>,
    onSuccess: Partial<InspectorSnapshot>,
  ): Promise<boolean> {
    this.update({ busy: true, error: null })
    try {
      await command()
      this.update({ busy: false, ...onSuccess })
      return true
    } catch (error) {
      this.update({ busy: false, error: readableError(error) })
      return false
    }
  }

  private update(patch: Partial<InspectorSnapshot>): void {
    const next = { ...this.snapshot, ...patch }
    const view = next.view
    next.cookies = view.mode === 'live' ? next.live : view.cookies
    next.editingKey = next.edit === null ? null : cookieKeyOf(next.edit.cookie)
    const entry = this.focused
    next.focusedId = entry?.id ?? null
    next.marks = entry ? marksOf(entry, next.cookies) : NO_MARKS
    next.gone = entry && next.cookies ? goneAfter(entry, next.cookies) : []
    this.snapshot = next
    this.emitter.emit()
  }
}

/** Whether EDIT holds text the learner typed (not just the value it started from). */
export function editHasText(edit: ValueEdit | null): boolean {
  return edit !== null && edit.value !== edit.cookie.value
}

/**
 * The entry's changes, on the cookies it left. A cookie later replaced under the same key (bob
 * logging in after alice was deleted) is not the one the entry changed, so it gets no mark; nor
 * does a key that is back in the store after the entry removed it.
 */
function marksOf(
  entry: TimelineEntry,
  cookies: readonly StoredCookie[] | null,
): ReadonlyMap<string, ChangeType> {
  if (entry.storeChanges.length === 0) return NO_MARKS
  const shown = new Map(cookies?.map((cookie) => [cookieKeyOf(cookie), cookie]) ?? [])
  const marks = new Map<string, ChangeType>()
  for (const change of entry.storeChanges) {
    const key = cookieKeyOf(change.cookie)
    const now = shown.get(key)
    const left = change.type === 'added' || change.type === 'changed'
    if (now && (!left || !sameCookie(now, change.cookie))) continue
    marks.set(key, change.type)
  }
  return marks
}

function goneAfter(entry: TimelineEntry, cookies: readonly StoredCookie[]): StoredCookie[] {
  const present = new Set(cookies.map(cookieKeyOf))
  return entry.storeChanges
    .filter((change) => change.type === 'removed' || change.type === 'expired')
    .map((change) => change.cookie)
    .filter((cookie) => !present.has(cookieKeyOf(cookie)))
}
