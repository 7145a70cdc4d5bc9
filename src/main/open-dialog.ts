// One file chosen in main's own open dialog: the path a learner picks stays in main, which reads
// the file itself (a lesson, a HAR file); the UI only ever sends a file's text.

import type { BaseWindow, Dialog } from 'electron'

export interface OneFileOptions {
  title: string
  /** The file type the dialog shows, and its extensions (without dots). */
  typeName: string
  extensions: string[]
}

/** Asks for one file, modal to WINDOW; resolves with its path, or null if cancelled. */
export async function chooseOneFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BaseWindow,
  options: OneFileOptions,
): Promise<string | null> {
  const chosen = await dialog.showOpenDialog(window, {
    title: options.title,
    properties: ['openFile'],
    filters: [{ name: options.typeName, extensions: options.extensions }],
  })
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
}
