// HAR files in the UI: the session exported as a file to save, and a HAR file imported to explore
// in the timeline and the detail view, read-only. The imported exchanges live in a timeline store
// of their own, never mixed with the live one: App shows one or the other, and "Back to the live
// session" finds the live timeline as it was (it kept growing meanwhile). A file the UI holds (a
// file input's, a drop's) is read in the UI's HAR worker (har-worker-reading.ts), off the UI's
// thread, and never reaches the host; a file the host opened itself (Electron's File ▸ Import
// HAR…) comes as a `harOpened` event, its older pages from the host. Either way the rows are the
// same core reader's, and the older pages come from whichever read the file.

import type { CookieLabApi } from '../../../shared/contract'
import {
  MAX_HAR_BYTES,
  type HarFileBlob,
  type HarMore,
  type HarOpening,
  type HarPage,
  type ImportedHar,
} from '../../../shared/har'
import type { HarProblem } from '../../../shared/messages/facts'
import { formatFact, formatMessage } from '../../../shared/messages/format-message'
import type { HarFileReading } from '../har-worker-reading'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import { readableError } from './readable-error'
import { TimelineStore } from './timeline-store'

/** The file shown, as its banner names it (its exchanges are in `HarStore.timeline`). */
export interface ImportedFile {
  fileName: string
  harVersion: string
  creator: string
  version: string
  ownFormat: boolean
  sanitised: boolean
  exchangeCount: number
  /** What the reading noted (entries left out, dates missing), in words: the first ones. */
  notes: string[]
  /** How many notes there are in all (a broken file may have one per entry). */
  noteCount: number
  /** Older entries are still being read (the newest are shown first). */
  loadingOlder: boolean
  /** Why the older entries could not all be read, in words; null while all is well. */
  olderFailed: string | null
}

export interface HarSnapshot {
  /** The file whose exchanges the timeline shows; null: the live session. */
  imported: ImportedFile | null
  /** A file being read or exported right now (its name). */
  busy: string | null
  /** Why the last file could not be imported, or the last export failed: shown until dismissed. */
  trouble: { fileName: string | null; problems: string[] } | null
}

export type HarApi = Pick<CookieLabApi, 'exportHar' | 'harPage'>

/** Saves TEXT as a file named FILENAME (text-download.ts: the page's own download). */
export type TextSaver = (fileName: string, text: string) => void

/** Starts reading a file the UI holds, off the UI's thread (`readHarInWorker`). */
export type HarFileReader = (file: HarFileBlob) => HarFileReading

/** Where the older entries of the file shown come from, until it is let go. */
type OlderPages = Pick<HarFileReading, 'page' | 'close'>

export class HarStore implements ExternalStore<HarSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private snapshot: HarSnapshot = { imported: null, busy: null, trouble: null }
  /** The imported file's exchanges; replaced by each import, so nothing of one leaks into the next. */
  timeline = new TimelineStore()
  /** A file the UI holds, being opened; a newer one replaces it. */
  private reading: HarFileReading | null = null
  /** Where the shown file's older entries come from. */
  private older: OlderPages | null = null
  /** The host's file's older entries come from the host. */
  private readonly hostPages: OlderPages = {
    page: (more) => this.api.harPage(more.ref, more.before),
    close: () => undefined,
  }

  constructor(
    private readonly api: HarApi,
    private readonly save: TextSaver,
    private readonly readFile: HarFileReader,
    private readonly maxFileBytes = MAX_HAR_BYTES,
  ) {}

  subscribe = this.emitter.subscribe
  getSnapshot = (): HarSnapshot => this.snapshot

  /**
   * A file the learner chose or dropped: its size is checked before a byte of it is read, then
   * it is read off the UI's thread. A file opened meanwhile (chosen, dropped or from the host's
   * menu) replaces it, and its reading is ended.
   */
  async openFile(file: HarFileBlob): Promise<void> {
    const fileName = file.name
    if (file.size > this.maxFileBytes) {
      const problem = formatFact({
        code: 'harTooLarge',
        params: { bytes: file.size, max: this.maxFileBytes },
      })
      this.set({ trouble: { fileName, problems: [problem] } })
      return
    }
    this.reading?.close()
    const reading = this.readFile(file)
    this.reading = reading
    this.set({ busy: fileName, trouble: null })
    let opening: HarOpening
    try {
      opening = await reading.opening
    } catch (error) {
      if (this.reading !== reading) return
      this.reading = null
      reading.close()
      const problem = formatMessage('har.trouble.unreadable', { error: readableError(error) })
      this.set({ busy: null, trouble: { fileName, problems: [problem] } })
      return
    }
    if (this.reading !== reading) return
    this.reading = null
    this.show(opening, reading)
  }

  /** A file the host opened itself (the menu's "Import HAR…"): its older pages are the host's. */
  opened(opening: HarOpening): void {
    if (opening.ok) {
      this.reading?.close()
      this.reading = null
    }
    this.show(opening, this.hostPages)
  }

  private show(opening: HarOpening, older: OlderPages): void {
    const busy = this.reading === null ? null : this.snapshot.busy
    if (!opening.ok) {
      // The session shown stays as it was: a bad file takes nothing away.
      older.close()
      const problems = opening.problems.map((problem) => formatFact(problem))
      this.set({ busy, trouble: { fileName: opening.fileName, problems } })
      return
    }
    this.older?.close()
    this.older = older
    const timeline = new TimelineStore()
    timeline.addMissing(opening.har.exchanges)
    this.timeline = timeline
    const imported = fileOf(opening.fileName, opening.har, opening.more !== null)
    this.set({ busy, trouble: null, imported })
    if (opening.more) void this.readOlder(timeline, older, opening.more, opening.har.notes)
    else this.letGo(older)
  }

  /**
   * Asks OLDER for a long file's older entries, a page at a time, into TIMELINE, while that file
   * is still the one shown; the rows already shown stay put (the list keeps to the newest).
   */
  private async readOlder(
    timeline: TimelineStore,
    older: OlderPages,
    first: HarMore,
    notes: HarProblem[],
  ) {
    let more: HarMore | null = first
    const allNotes = [...notes]
    while (more) {
      let page: HarPage
      try {
        page = await older.page(more)
      } catch (error) {
        this.letGo(older)
        if (this.timeline === timeline) this.patchImported({ olderFailed: readableError(error) })
        return
      }
      if (this.timeline !== timeline) return
      timeline.addMissing(page.exchanges)
      allNotes.push(...page.notes)
      more = page.more
      this.patchImported({
        exchangeCount: timeline.getSnapshot().entries.length,
        ...notesOf(allNotes),
        loadingOlder: more !== null,
      })
    }
    this.letGo(older)
  }

  /** The file OLDER held is read whole (or no longer shown): its reader lets it go. */
  private letGo(older: OlderPages): void {
    older.close()
    if (this.older === older) this.older = null
  }

  private patchImported(patch: Partial<ImportedFile>): void {
    const imported = this.snapshot.imported
    if (imported) this.set({ imported: { ...imported, ...patch } })
  }

  /** Back to the live session; the imported file is let go. */
  backToLive(): void {
    if (this.snapshot.imported === null) return
    if (this.older) this.letGo(this.older)
    this.timeline = new TimelineStore()
    this.set({ imported: null })
  }

  dismissTrouble(): void {
    if (this.snapshot.trouble !== null) this.set({ trouble: null })
  }

  /** The live session as a HAR file, saved where the learner says (SANITISED: no secrets). */
  async exportSession(sanitised: boolean): Promise<void> {
    this.set({ busy: formatMessage(sanitised ? 'har.exportSanitised' : 'har.export', undefined) })
    try {
      const { fileName, text } = await this.api.exportHar(sanitised)
      this.save(fileName, text)
      this.set({ busy: null, trouble: null })
    } catch (error) {
      const problem = formatMessage('har.exportFailed', { error: readableError(error) })
      this.set({ busy: null, trouble: { fileName: null, problems: [problem] } })
    }
  }

  private set(patch: Partial<HarSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch }
    this.emitter.emit()
  }
}

/** The notes worded and listed: enough to see what is wrong, not 50,000 lines. */
export const NOTES_SHOWN = 20

function fileOf(fileName: string, har: ImportedHar, loadingOlder: boolean): ImportedFile {
  return {
    fileName,
    harVersion: har.harVersion,
    creator: har.creator,
    version: har.version,
    ownFormat: har.ownFormat,
    sanitised: har.sanitised,
    exchangeCount: har.exchanges.length,
    ...notesOf(har.notes),
    loadingOlder,
    olderFailed: null,
  }
}

function notesOf(notes: readonly HarProblem[]): Pick<ImportedFile, 'notes' | 'noteCount'> {
  // In file order, though the newest entries were read first.
  const inOrder = [...notes].sort((a, b) => entryIndexOf(a) - entryIndexOf(b))
  return {
    notes: inOrder.slice(0, NOTES_SHOWN).map((note) => formatFact(note)),
    noteCount: notes.length,
  }
}

function entryIndexOf(note: HarProblem): number {
  return 'params' in note && 'index' in note.params ? note.params.index : -1
}

/** A file dropped or chosen is a HAR file by its name: DevTools, Firefox and Playwright end it so. */
export function isHarFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.har')
}
