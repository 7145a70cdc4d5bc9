// A web contents' debugger: attach, detach, commands answered; and the page's exchanges told as
// the CDP Network events Chromium sends, once Network is enabled.

import type * as Electron from 'electron'
import type { Exchange } from './page-fetch'
import { ipcClone, preventableEvent, record, TracedEmitter, type Like } from './trace'
import type { StandInWebContents } from './web-contents'

export class StandInDebugger
  extends TracedEmitter
  implements Like<Electron.Debugger, 'attach' | 'detach' | 'isAttached' | 'sendCommand'>
{
  private attached = false
  networkEnabled = false
  private nextRequest = 1

  constructor(
    subject: string,
    private readonly contents: StandInWebContents,
  ) {
    super(subject)
  }

  attach(protocolVersion?: string): void {
    if (this.attached) throw new Error('Debugger is already attached to the target')
    if (this.contents.isDestroyed()) throw new Error('No target available')
    record(this.subject, 'attach', protocolVersion)
    this.attached = true
  }
  detach(): void {
    record(this.subject, 'detach')
    this.attached = false
    this.networkEnabled = false
  }
  isAttached(): boolean {
    return this.attached
  }
  async sendCommand(method: string, commandParams?: unknown): Promise<unknown> {
    record(this.subject, 'sendCommand', method)
    if (!this.attached) throw new Error('No target available')
    if (method === 'Network.enable') this.networkEnabled = true
    if (method === 'Network.disable') this.networkEnabled = false
    if (method === 'Network.getAllCookies' || method === 'Storage.getCookies') {
      return { cookies: [] }
    }
    void commandParams
    return {}
  }

  /** Tells an exchange the pane made as Chromium's Network domain would, if anyone listens. */
  tellExchange(exchange: Exchange): void {
    if (!this.attached || !this.networkEnabled) return
    const requestId = `stand-in.${this.nextRequest++}`
    const at = (offset: number) => exchange.startedAt / 1000 + offset
    const send = (method: string, params: Record<string, unknown>) =>
      this.emit('message', preventableEvent(), method, ipcClone({ requestId, ...params }), '')
    send('Network.requestWillBeSent', {
      loaderId: requestId,
      documentURL: exchange.url,
      request: { url: exchange.url, method: 'GET', headers: {}, initialPriority: 'VeryHigh' },
      timestamp: at(0),
      wallTime: exchange.startedAt / 1000,
      initiator: { type: 'other' },
      redirectHasExtraInfo: false,
      type: 'Document',
      frameId: `frame#${this.contents.id}`,
      hasUserGesture: false,
    })
    send('Network.requestWillBeSentExtraInfo', {
      associatedCookies: [],
      headers: exchange.requestHeaders,
      connectTiming: { requestTime: at(0) },
    })
    send('Network.responseReceivedExtraInfo', {
      blockedCookies: [],
      headers: exchange.responseHeaders,
      resourceIPAddressSpace: 'Loopback',
      statusCode: exchange.status,
      headersText: exchange.headersText,
    })
    send('Network.responseReceived', {
      loaderId: requestId,
      timestamp: at(0.001),
      type: 'Document',
      response: {
        url: exchange.url,
        status: exchange.status,
        statusText: exchange.statusText,
        headers: exchange.responseHeaders,
        mimeType: 'text/html',
        connectionReused: false,
        connectionId: 1,
        encodedDataLength: exchange.bodyBytes,
        securityState: 'neutral',
      },
      hasExtraInfo: true,
      frameId: `frame#${this.contents.id}`,
    })
    send('Network.loadingFinished', { timestamp: at(0.002), encodedDataLength: exchange.bodyBytes })
  }
}
