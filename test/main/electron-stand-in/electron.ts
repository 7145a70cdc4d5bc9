// A stand-in for the part of Electron's main-process API the shell uses, so the BUILT main bundle
// runs in plain Node (test/main/shell-wiring.test.ts). A module loader hook hands it out as
// 'electron' (resolve-electron.mjs). Each object declares which members of Electron's own type it
// stands in for (`Like<Electron.App, 'whenReady' | ...>`): a signature that changes in
// electron.d.ts breaks the type check here instead of drifting away from it.
//
// It records every call that matters to the launch sequence (`trace`), and acts where acting is
// cheap and telling: `loadURL` really fetches the page over loopback (and, when the debugger is
// attached with Network enabled, tells it the exchange as CDP events, as Chromium would),
// `ipcMain.handle` refuses a second handler for a channel, `send` and `invoke` structured-clone
// what crosses IPC, `loadFile` fails for a file that does not exist. It is not Electron: what
// Chromium itself does (sandboxing, CSP, real navigation) is proven elsewhere or not at all.
//
// When the shell starts using a part of Electron that is not here, the run fails plainly ("does
// not provide an export named X", "x is not a function"): add it, declared the same way.

export { app, dialog, Menu, nativeTheme, protocol, shell } from './app-modules'
export { ipcMain } from './ipc-main'
export { allSessions, session } from './sessions'
export { preventableEvent, record, trace, type TraceEntry } from './trace'
export { utilityProcess } from './utility-process'
export { BaseWindow, BrowserWindow, contentsViews, WebContentsView } from './windows'
