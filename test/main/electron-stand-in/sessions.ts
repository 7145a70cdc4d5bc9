// Sessions: the default one (the UI's) and partitions (the pane's), with their permission
// handlers, web request listeners and cookie store.

import type * as Electron from 'electron'
import { record, TracedEmitter, type Like, type Returning } from './trace'

type HeadersListener = (
  details: Electron.OnHeadersReceivedListenerDetails,
  callback: (response: Electron.HeadersReceivedResponse) => void,
) => void

class StandInWebRequest implements Like<
  Electron.WebRequest,
  'onHeadersReceived' | 'onBeforeRequest' | 'onBeforeSendHeaders' | 'onCompleted'
> {
  readonly listeners = new Map<string, unknown>()
  constructor(private readonly subject: string) {}

  private set(name: string, args: unknown[]): void {
    // Electron's (filter, listener) and (listener) forms: the listener comes last.
    const listener = args.at(-1)
    record(this.subject, `webRequest.${name}`, listener === null ? 'removed' : 'set')
    this.listeners.set(name, listener)
  }
  onHeadersReceived(...args: unknown[]): void {
    this.set('onHeadersReceived', args)
  }
  onBeforeRequest(...args: unknown[]): void {
    this.set('onBeforeRequest', args)
  }
  onBeforeSendHeaders(...args: unknown[]): void {
    this.set('onBeforeSendHeaders', args)
  }
  onCompleted(...args: unknown[]): void {
    this.set('onCompleted', args)
  }
  headersListener(): HeadersListener | undefined {
    const listener = this.listeners.get('onHeadersReceived')
    return typeof listener === 'function' ? (listener as HeadersListener) : undefined
  }
}

class StandInCookies
  extends TracedEmitter
  implements Like<Electron.Cookies, 'get' | 'set' | 'remove' | 'flushStore'>
{
  async get(filter: Electron.CookiesGetFilter): Promise<Electron.Cookie[]> {
    record(this.subject, 'get', filter)
    return []
  }
  async set(details: Electron.CookiesSetDetails): Promise<void> {
    record(this.subject, 'set', details)
  }
  async remove(url: string, name: string): Promise<void> {
    record(this.subject, 'remove', { url, name })
  }
  async flushStore(): Promise<void> {}
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0]
type CertificateVerifyProc = Parameters<Electron.Session['setCertificateVerifyProc']>[0]

export class StandInSession
  extends TracedEmitter
  implements
    Like<
      Electron.Session,
      | 'setPermissionRequestHandler'
      | 'setPermissionCheckHandler'
      | 'setCertificateVerifyProc'
      | 'setDevicePermissionHandler'
      | 'setDisplayMediaRequestHandler'
      | 'setSpellCheckerEnabled'
      | 'setUserAgent'
      | 'getUserAgent'
      | 'clearStorageData'
      | 'clearCache'
      | 'isPersistent',
      { webRequest: StandInWebRequest; cookies: StandInCookies }
    >
{
  readonly webRequest: StandInWebRequest
  readonly cookies: StandInCookies
  permissionRequestHandler: PermissionRequestHandler = null
  permissionCheckHandler: PermissionCheckHandler = null
  certificateVerifyProc: CertificateVerifyProc = null
  private userAgent = 'Mozilla/5.0 (stand-in) Chrome/140.0.0.0 Electron/45.0.0'

  constructor(readonly partition: string) {
    super(`session(${partition || 'default'})`)
    this.webRequest = new StandInWebRequest(this.subject)
    this.cookies = new StandInCookies(`${this.subject}.cookies`)
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    record(this.subject, 'setPermissionRequestHandler', handler ? 'set' : 'removed')
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    record(this.subject, 'setPermissionCheckHandler', handler ? 'set' : 'removed')
    this.permissionCheckHandler = handler
  }
  setCertificateVerifyProc(proc: CertificateVerifyProc): void {
    record(this.subject, 'setCertificateVerifyProc', proc ? 'set' : 'removed')
    this.certificateVerifyProc = proc
  }
  setDevicePermissionHandler(handler: unknown): void {
    record(this.subject, 'setDevicePermissionHandler', handler ? 'set' : 'removed')
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    record(this.subject, 'setDisplayMediaRequestHandler', handler ? 'set' : 'removed')
  }
  setSpellCheckerEnabled(enable: boolean): void {
    record(this.subject, 'setSpellCheckerEnabled', enable)
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent
  }
  getUserAgent(): string {
    return this.userAgent
  }
  async clearStorageData(): Promise<void> {
    record(this.subject, 'clearStorageData')
  }
  async clearCache(): Promise<void> {}
  isPersistent(): boolean {
    return this.partition.startsWith('persist:')
  }
}

const sessions = new Map<string, StandInSession>()

export function sessionFor(partition: string): StandInSession {
  let found = sessions.get(partition)
  if (!found) sessions.set(partition, (found = new StandInSession(partition)))
  return found
}

/** The driver's: every session the shell asked for. */
export const allSessions = (): StandInSession[] => [...sessions.values()]

export const session = {
  get defaultSession(): StandInSession {
    return sessionFor('')
  },
  fromPartition(partition: string): StandInSession {
    record('session', 'fromPartition', partition)
    return sessionFor(partition)
  },
} satisfies Like<
  typeof Electron.session,
  'fromPartition' | 'defaultSession',
  {
    defaultSession: StandInSession
    fromPartition: Returning<typeof Electron.session.fromPartition, StandInSession>
  }
>
