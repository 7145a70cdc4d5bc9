// Playwright's CDPSession speaks CDP like Electron's `webContents.debugger`; this adapter lets the
// capture core take events from a Chromium driven by Playwright (the browser host, the tests)
// exactly as it does in Electron.

import type { CDPSession } from 'playwright-core'
import type { CdpConnection } from '../core/capture/cdp-connection'
import { CAPTURE_EVENTS, TARGET_EVENTS } from '../core/capture/capture-events'
import { nestedSessions } from '../core/capture/nested-session'

const HEARD = [...CAPTURE_EVENTS, ...TARGET_EVENTS]

export function playwrightCdpConnection(session: CDPSession): CdpConnection {
  const connection: CdpConnection = {
    // Playwright types commands with its own copy of the protocol; the names and shapes are the
    // same as devtools-protocol's, so the call passes straight through.
    send: (method, ...params) =>
      session.send(method as never, params[0] as never) as ReturnType<CdpConnection['send']>,
    onEvent(listener) {
      const handlers = HEARD.map((method) => {
        const handler = (params: unknown): void => listener(method, params)
        session.on(method as never, handler)
        return { method, handler }
      })
      return () => {
        for (const { method, handler } of handlers) session.off(method as never, handler)
      }
    },
    // Playwright routes only the sessions it opened itself: cross-site frames are reached
    // through this session (Target.sendMessageToTarget).
    get childSessions() {
      return nestedSessions(connection)
    },
  }
  return connection
}
