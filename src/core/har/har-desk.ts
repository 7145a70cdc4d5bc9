// HAR for a lab: the session's timeline out as a file to save, and a HAR file in as exchanges to
// explore. Both ways the host does the reading and writing of HAR, the UI only shows or saves
// text: an imported file becomes data the UI draws as text, and never reaches the pane, its
// cookie store or the network (nothing of it is replayed).

import type { TimelineEntry } from '../../shared/domain'
import type { HarExport, HarOpening } from '../../shared/har'
import { exportHar } from './har-export'
import { readHarFile } from './har-file'
import { readHarText, type HarReading } from './har-import'

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

/** A HAR file's TEXT that the UI read (a drop, a file input); FILENAME only labels it. */
export function openHarText(fileName: string, text: string): HarOpening {
  return openingOf(fileName, readHarText(text))
}

/** The HAR file at PATH, chosen in a dialog of the host's own (never a path from the UI). */
export async function openHarFile(path: string): Promise<HarOpening> {
  return openingOf(baseName(path), await readHarFile(path))
}

function openingOf(fileName: string, reading: HarReading): HarOpening {
  return reading.ok
    ? { ok: true, fileName, har: reading.har }
    : { ok: false, fileName, problems: reading.problems }
}

/** The last part of a path, on any system's separators: the UI sees a file's name only. */
function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path
}
