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
}
