// HAR for a lab: the session's timeline out as a file to save, and a HAR file in as exchanges to
// explore. An imported file becomes data the UI draws as text, and never reaches the pane, its
// cookie store or the network (nothing of it is replayed).
//
// A long file is read newest first: the answer to an import carries the newest entries, so its
// first rows show at once, and the desk holds the checked file (one at a time, already bounded
// by MAX_HAR_BYTES) until the UI has asked for the older ones, a page at a time. The desk knows
// no file system (har-file.ts opens a file on disk on it), so it runs wherever JavaScript does.

import { CodedError } from '../../shared/coded-error'
import type { TimelineEntry } from '../../shared/domain'
import type { HarExport, HarMore, HarOpening, HarPage } from '../../shared/har'
import { exportHar } from './har-export'
import { openHarLog, readHarEntries, type HarLog, type HarLogReading } from './har-import'

/** The newest entries an import answers with: a screenful many times over, quick to carry. */
export const HAR_FIRST_PAGE = 500
/** The older entries each `harPage` carries. */
export const HAR_PAGE = 2000

/** The session's ENTRIES as a HAR file to save, named after the moment NOW it was taken. */
export function harExportOf(
  entries: readonly TimelineEntry[],
  options: { sanitised: boolean; version: string; now?: Date },
): HarExport {
  const har = exportHar(entries, { sanitised: options.sanitised, version: options.version })
  // 2026-12-01T07-12-05: a name every file system takes, sorted as the sessions were.
  const stamp = (options.now ?? new Date()).toISOString().slice(0, 19).replaceAll(':', '-')
  const fileName = `cookie-lab-${stamp}${options.sanitised ? '-sanitised' : ''}.har`
  return { fileName, text: JSON.stringify(har, null, 2) }
}

export class HarDesk {
  private held: { ref: number; log: HarLog } | null = null
  private opened = 0

  constructor(
    private readonly firstPage = HAR_FIRST_PAGE,
    private readonly pageSize = HAR_PAGE,
  ) {}

  /** A HAR file's TEXT; FILENAME only labels it. */
  openText(fileName: string, text: string): HarOpening {
    return this.open(fileName, openHarLog(text))
  }

  /** The page of file REF's entries before BEFORE; the file is let go with its oldest page. */
  page(ref: number, before: number): HarPage {
    const held = this.held
    if (!held || held.ref !== ref) throw new CodedError({ code: 'harFileGone' })
    const from = Math.max(0, Math.min(before, held.log.entries.length) - this.pageSize)
    const { exchanges, notes } = readHarEntries(held.log, from, before)
    return { exchanges, notes, more: this.moreFrom(from) }
  }

  /** A HAR file checked whole (READING), named FILENAME: held, and its newest entries read. */
  open(fileName: string, reading: HarLogReading): HarOpening {
    if (!reading.ok) return { ok: false, fileName, problems: reading.problems }
    // A new file replaces the one held: the UI shows one file at a time.
    this.held = { ref: ++this.opened, log: reading.log }
    const { entries, ...about } = reading.log
    const from = Math.max(0, entries.length - this.firstPage)
    const har = { ...about, ...readHarEntries(reading.log, from, entries.length) }
    return { ok: true, fileName, har, more: this.moreFrom(from) }
  }

  /** Where the entries before FROM are, or null (and the file let go) when there are none. */
  private moreFrom(from: number): HarMore | null {
    if (!this.held) return null
    if (from > 0) return { ref: this.held.ref, before: from }
    this.held = null
    return null
  }
}
