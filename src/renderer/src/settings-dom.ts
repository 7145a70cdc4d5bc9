// Puts the settings on the document root: the theme as data-theme (the stylesheet's custom
// properties switch on it), the root font size that presenter and zoom scale, and the language
// as `lang` (Chromium picks CJK glyphs, fonts and line breaking by it). Applied from the store's
// own subscription, before React re-renders, so the pane slot measures the new size and every
// message formatted in that render is in the new language.

import { setMessageLocale } from '../../shared/messages/format-message'
import type { SettingsSnapshot, SettingsStore } from './stores/settings-store'

export function applySettings(root: HTMLElement, settings: SettingsSnapshot): void {
  setMessageLocale(settings.language)
  root.lang = settings.language
  root.dataset.theme = settings.resolvedTheme
  root.dataset.presenter = settings.presenter ? 'on' : 'off'
  root.style.fontSize = `${settings.rootFontPx}px`
  root.style.colorScheme = settings.resolvedTheme
}

/** Tells SETTINGS the window's size now and on every resize, so zoom stops where it must. */
export function followWindowSize(view: Window, settings: SettingsStore): () => void {
  const report = () => settings.setWindowSize({ width: view.innerWidth, height: view.innerHeight })
  report()
  view.addEventListener('resize', report)
  return () => view.removeEventListener('resize', report)
}
