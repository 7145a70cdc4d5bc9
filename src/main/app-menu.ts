// Installs the application menu (app-menu-template.ts), again whenever the UI's language changes.

import { Menu } from 'electron'
import type { Locale } from '../shared/messages/format-message'
import { appMenuTemplate, type AppMenuActions } from './app-menu-template'

export type { AppMenuActions } from './app-menu-template'

export function installAppMenu(
  actions: AppMenuActions,
  locale: Locale,
  isMac = process.platform === 'darwin',
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions, locale, isMac)))
}
