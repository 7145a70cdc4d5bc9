// The application menu's items, in the UI's language. Electron's default menu binds Ctrl +/−/0 to
// page zoom, but the UI zooms itself on those keys (it re-lays the pane slot as it does); with
// both, a presenter's keypress would zoom twice. So: the default menu minus its zoom items, and a
// File menu whose "Open Lesson…" lets main ask for a lesson file (lesson-dialog.ts), and whose
// HAR items let it ask for a HAR file to import or a place to export the session to
// (har-dialog.ts). Electron
// labels its role items in English whatever the language, so every item here is given its label.

import type { MenuItemConstructorOptions } from 'electron'
import { formatMessage, type Locale } from '../shared/messages/format-message'
import type { MessageId } from '../shared/messages/message-ids'

export interface AppMenuActions {
  /** "Open Lesson…" was chosen. */
  openLesson(): void
  /** "Import HAR…" was chosen. */
  importHar(): void
  /** "Export HAR…" (or, SANITISED, "Export Sanitised HAR…") was chosen. */
  exportHar(sanitised: boolean): void
}

type Role = NonNullable<MenuItemConstructorOptions['role']>

export function appMenuTemplate(
  actions: AppMenuActions,
  locale: Locale,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const words = (
    id: MessageId & (`appMenu.${string}` | `ui.menu.${string}` | `har.appMenu.${string}`),
  ) => formatMessage(id as never, undefined as never, locale)
  const item = (role: Role, id: Parameters<typeof words>[0]): MenuItemConstructorOptions => ({
    role,
    label: words(id),
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  return [
    // macOS names its first menu after the app and fills it itself.
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: words('appMenu.file'),
      submenu: [
        {
          label: words('appMenu.openLesson'),
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openLesson(),
        },
        separator,
        { label: words('har.appMenu.import'), click: () => actions.importHar() },
        { label: words('har.appMenu.export'), click: () => actions.exportHar(false) },
        {
          label: words('har.appMenu.exportSanitised'),
          click: () => actions.exportHar(true),
        },
        separator,
        // What Electron's own File menu holds.
        isMac ? item('close', 'ui.menu.close') : item('quit', 'ui.menu.quit'),
      ],
    },
    {
      label: words('ui.menu.edit'),
      submenu: [
        item('undo', 'ui.menu.undo'),
        item('redo', 'ui.menu.redo'),
        separator,
        item('cut', 'ui.menu.cut'),
        item('copy', 'ui.menu.copy'),
        item('paste', 'ui.menu.paste'),
        item('selectAll', 'ui.menu.selectAll'),
      ],
    },
    {
      label: words('ui.menu.view'),
      submenu: [
        item('reload', 'ui.menu.reload'),
        item('toggleDevTools', 'ui.menu.devTools'),
        separator,
        item('togglefullscreen', 'ui.menu.fullScreen'),
      ],
    },
    {
      label: words('ui.menu.window'),
      role: 'windowMenu',
      submenu: [
        item('minimize', 'ui.menu.minimize'),
        ...(isMac ? [item('zoom', 'ui.menu.zoom'), separator, item('front', 'ui.menu.front')] : []),
        ...(isMac ? [] : [item('close', 'ui.menu.close')]),
      ],
    },
  ]
}
