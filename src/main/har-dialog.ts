// "Import HAR…" and "Export HAR…" in the app menu: the dialogs belong to main, so a path the
// learner picks never passes through the UI. The LabSession reads a chosen file (and tells the UI
// with a `harOpened` event) or makes the session's HAR text, which main writes where chosen.

import { writeFile } from 'node:fs/promises'
import type { BaseWindow, Dialog } from 'electron'
import type { HarExport } from '../shared/har'
import { formatMessage } from '../shared/messages/format-message'
import { chooseOneFile } from './open-dialog'

const harFiles = () => formatMessage('har.appMenu.files', undefined)

/** Asks for one HAR file, modal to WINDOW; resolves with its path, or null if cancelled. */
export function chooseHarFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BaseWindow,
): Promise<string | null> {
  return chooseOneFile(dialog, window, {
    title: formatMessage('har.appMenu.importTitle', undefined),
    typeName: harFiles(),
    extensions: ['har'],
  })
}

/**
 * Asks where to save EXPORTED (its name proposed), modal to WINDOW, and writes it there;
 * resolves with the path written, or null if cancelled.
 */
export async function saveHarFile(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BaseWindow,
  exported: HarExport,
  write: (path: string, text: string) => Promise<void> = (path, text) => writeFile(path, text),
): Promise<string | null> {
  const chosen = await dialog.showSaveDialog(window, {
    title: formatMessage('har.appMenu.exportTitle', undefined),
    defaultPath: exported.fileName,
    filters: [{ name: harFiles(), extensions: ['har'] }],
  })
  if (chosen.canceled || !chosen.filePath) return null
  await write(chosen.filePath, exported.text)
  return chosen.filePath
}
