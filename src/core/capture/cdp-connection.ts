// The one thing capture needs from a browser: send CDP commands and hear CDP events. Electron's
// `webContents.debugger` and Playwright's `CDPSession` both speak it; each gets a small adapter.

import type { ProtocolMapping } from 'devtools-protocol/types/protocol-mapping'

export type CdpCommand = keyof ProtocolMapping.Commands
export type CdpEvent = keyof ProtocolMapping.Events

export interface CdpConnection {
  send<M extends CdpCommand>(
    method: M,
    ...params: ProtocolMapping.Commands[M]['paramsType']
  ): Promise<ProtocolMapping.Commands[M]['returnType']>
  /** Every event the target sends; returns an unsubscribe function. */
  onEvent(listener: (method: string, params: unknown) => void): () => void
  /**
   * How this host reaches the targets attached under this one (a cross-site iframe runs in a
   * process of its own, with its own target). Absent where there are none to reach (recorded
   * fixtures), and capture then hears the page's target only.
   */
  readonly childSessions?: ChildSessions
}

export interface ChildSessions {
  /**
   * `Target.setAutoAttach`'s `flatten`. Electron's debugger routes flat sessions by sessionId;
   * Playwright's CDPSession drops messages of sessions it did not open itself, so there children
   * are reached through `Target.sendMessageToTarget` instead (nested-session.ts).
   */
  readonly flatten: boolean
  /** A connection to the child that `Target.attachedToTarget` announced with this sessionId. */
  open(sessionId: string): CdpConnection
}
