// The words of Electron's own menu items and main's dialogs, beside `app-menu.ts`: Electron labels
// its role items (Undo, Quit…) in English whatever the language, so the app gives each its label.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

export const uiMenuEn = {
  'ui.menu.edit': { message: 'Edit', description: 'The title of the app menu of text editing.' },
  'ui.menu.undo': { message: 'Undo', description: 'Edit menu item: undo the last typing.' },
  'ui.menu.redo': { message: 'Redo', description: 'Edit menu item: redo what was undone.' },
  'ui.menu.cut': { message: 'Cut', description: 'Edit menu item: cut the selected text.' },
  'ui.menu.copy': { message: 'Copy', description: 'Edit menu item: copy the selected text.' },
  'ui.menu.paste': { message: 'Paste', description: 'Edit menu item: paste text.' },
  'ui.menu.selectAll': {
    message: 'Select All',
    description: 'Edit menu item: select all the text of the field.',
  },
  'ui.menu.view': { message: 'View', description: 'The title of the app menu of the window view.' },
  'ui.menu.reload': {
    message: 'Reload',
    description: 'View menu item: reload the Cookie Lab window itself (not the browser pane).',
  },
  'ui.menu.devTools': {
    message: 'Toggle Developer Tools',
    description: "View menu item: show or hide Chromium's developer tools for the window.",
  },
  'ui.menu.fullScreen': {
    message: 'Toggle Full Screen',
    description: 'View menu item: enter or leave full screen.',
  },
  'ui.menu.window': { message: 'Window', description: 'The title of the app menu of windows.' },
  'ui.menu.minimize': {
    message: 'Minimize',
    description: 'Window menu item: minimize the window.',
  },
  'ui.menu.zoom': {
    message: 'Zoom',
    description: 'Window menu item (macOS): fill the screen with the window, as macOS names it.',
  },
  'ui.menu.front': {
    message: 'Bring All to Front',
    description: "Window menu item (macOS): bring all the app's windows to the front.",
  },
  'ui.menu.close': { message: 'Close Window', description: 'Menu item: close the window.' },
  'ui.menu.quit': { message: 'Quit', description: 'File menu item: quit Cookie Lab.' },
  'ui.menu.couldNotStart': {
    message: 'Cookie Lab could not start',
    description:
      'Title of the error dialog shown when the app fails to start; the reason follows in the dialog.',
  },
} as const satisfies Record<`ui.menu.${string}`, CatalogueEntry>
