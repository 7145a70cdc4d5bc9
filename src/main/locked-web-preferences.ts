// The webPreferences every Cookie Lab web contents starts from (Electron's security checklist):
// sandboxed, isolated, no Node anywhere, no <webview>, no insecure content. Callers add only
// what differs: the UI window its preload, the pane its session.

import type { WebPreferences } from 'electron'

export const LOCKED_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences
