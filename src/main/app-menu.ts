// The application menu. Electron's default menu binds Ctrl +/−/0 to page zoom, but the UI
// zooms itself on those keys (it re-lays the pane slot as it does); with both, a presenter's
// keypress would zoom twice. So: the default menu minus its zoom items, and a File menu whose
// "Open Lesson…" lets main ask for a lesson file (lesson-dialog.ts), and whose HAR items let it
// ask for a HAR file to import or a place to export the session to (har-dialog.ts).

import { Menu, type MenuItemConstructorOptions } from 'electron'
import { formatMessage } from '../shared/messages/format-message'

export interface AppMenuActions {
  /** "Open Lesson…" was chosen. */
  openLesson(): void
  /** "Import HAR…" was chosen. */
  importHar(): void
  /** "Export HAR…" (or, SANITISED, "Export Sanitised HAR…") was chosen. */
  exportHar(sanitised: boolean): void
}

export function installAppMenu(
  actions: AppMenuActions,
  isMac = process.platform === 'darwin',
): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: formatMessage('appMenu.file', undefined),
      submenu: [
        {
          label: formatMessage('appMenu.openLesson', undefined),
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openLesson(),
        },
        { type: 'separator' },
        {
          label: formatMessage('har.appMenu.import', undefined),
          click: () => actions.importHar(),
        },
        {
          label: formatMessage('har.appMenu.export', undefined),
          click: () => actions.exportHar(false),
        },
        {
          label: formatMessage('har.appMenu.exportSanitised', undefined),
          click: () => actions.exportHar(true),
        },
        { type: 'separator' },
        // What Electron's own File menu holds.
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
