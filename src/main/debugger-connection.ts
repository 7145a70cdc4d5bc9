// The capture core speaks CDP through a `CdpConnection`; in the app its transport is the pane's
// `webContents.debugger`. This adapter is the whole of that bridge.

import type { CdpConnection } from '../core/capture/cdp-connection'

/** The part of Electron's `Debugger` the adapter uses (Electron's own type satisfies it). */
export interface DebuggerTransport {
  sendCommand(method: string, commandParams?: object, sessionId?: string): Promise<unknown>
  on(
    event: 'message',
    listener: (event: unknown, method: string, params: unknown, sessionId: string) => void,
  ): unknown
  removeListener(
    event: 'message',
    listener: (event: unknown, method: string, params: unknown, sessionId: string) => void,
  ): unknown
}

/**
 * The pane's page target, or (with `sessionId`) a target attached under it in a flat session: a
 * cross-site iframe, whose events Electron delivers through the same 'message' event.
 */
export function debuggerConnection(transport: DebuggerTransport, sessionId = ''): CdpConnection {
  return {
    send: (method, ...params) =>
      (sessionId
        ? transport.sendCommand(method, params[0] as object | undefined, sessionId)
        : transport.sendCommand(method, params[0] as object | undefined)) as never,
    onEvent(listener) {
      const forward = (_event: unknown, method: string, params: unknown, from: string) => {
        // Each connection hears its own target only; a frame's events come to its own.
        if ((from || '') !== sessionId) return
        listener(method, params)
      }
      transport.on('message', forward)
      return () => {
        transport.removeListener('message', forward)
      }
    },
    childSessions: {
      flatten: true,
      open: (child) => debuggerConnection(transport, child),
    },
  }
}
