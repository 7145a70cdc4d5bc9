// The application menu. Electron's default menu binds Ctrl +/−/0 to page zoom, but the UI
// zooms itself on those keys (it re-lays the pane slot as it does); with both, a presenter's
// keypress would zoom twice. So: the default menu minus its zoom items.

import { Menu, type MenuItemConstructorOptions } from 'electron'

export function installAppMenu(isMac = process.platform === 'darwin'): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
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
