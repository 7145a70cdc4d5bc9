// "Open Lesson…": the file dialog belongs to main, so the path a teacher picks never passes
// through the UI (which only ever sends a file's text, and names lessons by ref). The file is read
// and checked by the LabSession's lesson desk, which tells the UI with a `lessonOpened` event.

import type { BaseWindow, Dialog } from 'electron'
import { formatMessage } from '../shared/messages/format-message'
import { chooseOneFile } from './open-dialog'

/** The extensions a lesson file has (docs/lessons.md): YAML, or JSON, which is YAML too. */
export const LESSON_EXTENSIONS = ['yaml', 'yml', 'json']

/** Asks for one lesson file, modal to WINDOW; resolves with its path, or null if cancelled. */
export function chooseLessonFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BaseWindow,
): Promise<string | null> {
  return chooseOneFile(dialog, window, {
    title: formatMessage('appMenu.openLessonTitle', undefined),
    typeName: formatMessage('appMenu.lessonFiles', undefined),
    extensions: LESSON_EXTENSIONS,
  })
}
