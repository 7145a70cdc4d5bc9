// A HAR file on disk, checked as the app checks any HAR text (har-import.ts), its size checked
// before a byte of it is read: a 200 MB file is refused without filling the host's memory. Only
// a host's own dialog (Electron's "Import HAR…") or the `npm run har` command names a path.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { HarOpening } from '../../shared/har'
import type { HarDesk } from './har-desk'
import { MAX_HAR_BYTES, openHarLog, type HarLogReading } from './har-import'

/** The HAR file at PATH opened on DESK; the UI learns its name, never its path. */
export async function openHarFile(desk: HarDesk, path: string): Promise<HarOpening> {
  return desk.open(basename(path), await openHarFileLog(path))
}

/** Checks the HAR file at PATH as a whole, its entries left to read; never throws. */
export async function openHarFileLog(path: string): Promise<HarLogReading> {
  let text: string
  try {
    const info = await stat(path)
    if (info.size > MAX_HAR_BYTES) {
      return {
        ok: false,
        problems: [{ code: 'harTooLarge', params: { bytes: info.size, max: MAX_HAR_BYTES } }],
      }
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException | null)?.code ?? String(error)
    return { ok: false, problems: [{ code: 'harUnreadable', params: { reason } }] }
  }
  return openHarLog(text)
}
