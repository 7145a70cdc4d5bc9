// The words of the app's own menu and the dialogs it opens (Electron main). Part of the one
// English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'
import type { AppMenuMessageId } from '../message-ids'

export const appMenuEn = {
  'appMenu.file': {
    message: 'File',
    description: 'The title of the app menu that opens lesson files.',
  },
  'appMenu.openLesson': {
    message: 'Open Lesson…',
    description:
      'Menu item: choose a lesson file (YAML or JSON) on disk and open it in the lesson player.',
  },
  'appMenu.openLessonTitle': {
    message: 'Open a lesson',
    description: 'The title of the file dialog that "Open Lesson…" shows.',
  },
  'appMenu.lessonFiles': {
    message: 'Lessons (YAML or JSON)',
    description: 'The file type the open-lesson dialog shows: lesson files, .yaml, .yml or .json.',
  },
} as const satisfies Record<AppMenuMessageId, CatalogueEntry>
