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

export function debuggerConnection(transport: DebuggerTransport): CdpConnection {
  return {
    send: (method, ...params) =>
      transport.sendCommand(method, params[0] as object | undefined) as never,
    onEvent(listener) {
      const forward = (_event: unknown, method: string, params: unknown, sessionId: string) => {
        // Capture talks to the pane's page target only. Events of child sessions (workers,
        // auto-attached frames) carry their own requestIds and would be joined wrongly.
        if (sessionId) return
        listener(method, params)
      }
      transport.on('message', forward)
      return () => {
        transport.removeListener('message', forward)
      }
    },
  }
}
