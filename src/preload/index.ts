// Runs sandboxed in the UI window before its page. It exposes `window.cookieLab` (one named
// method per capability, from the shared contract) and nothing else: no ipcRenderer, no Node.

import { contextBridge, ipcRenderer } from 'electron'
import { createCookieLabApi } from '../shared/contract'
import { ipcTransport } from './ipc-transport'

contextBridge.exposeInMainWorld('cookieLab', createCookieLabApi(ipcTransport(ipcRenderer)))
