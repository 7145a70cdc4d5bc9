// A child target reached through its parent's session (`Target.setAutoAttach` with
// `flatten: false`): commands go in `Target.sendMessageToTarget`, answers and events come back in
// `Target.receivedMessageFromTarget`, as JSON text. Playwright's CDPSession can only speak to
// children this way; Electron's debugger speaks flat sessions (src/main/debugger-connection.ts).

import type { CdpConnection, ChildSessions } from './cdp-connection'
import { messageOf } from '../../shared/error-message'

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
}

/** At most this many commands wait for answers; a child that stops answering cannot grow it. */
const MAX_PENDING = 256

/** Children of `parent` reached through it; `flatten: false` for `Target.setAutoAttach`. */
export function nestedSessions(parent: CdpConnection): ChildSessions {
  return { flatten: false, open: (sessionId) => nestedSession(parent, sessionId) }
}

function nestedSession(parent: CdpConnection, sessionId: string): CdpConnection {
  let lastId = 0
  const pending = new Map<number, Pending>()
  const eventListeners = new Set<(method: string, params: unknown) => void>()
  let unsubscribe: (() => void) | null = null

  const fail = (why: string) => {
    for (const { reject } of pending.values()) reject(new Error(why))
    pending.clear()
  }
  const receive = (method: string, params: unknown) => {
    if (method === 'Target.detachedFromTarget') {
      if ((params as { sessionId?: string } | null)?.sessionId === sessionId) {
        fail('The frame went away before it answered.')
      }
      return
    }
    if (method !== 'Target.receivedMessageFromTarget') return
    const event = params as { sessionId?: string; message?: unknown } | null
    if (event?.sessionId !== sessionId || typeof event.message !== 'string') return
    let message: {
      id?: number
      method?: string
      params?: unknown
      result?: unknown
      error?: { message?: string }
    }
    try {
      message = JSON.parse(event.message) as typeof message
    } catch {
      return // Chromium writes JSON; anything else is not a message capture can read.
    }
    if (typeof message.id === 'number') {
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (message.error) waiting?.reject(new Error(message.error.message ?? 'CDP error'))
      else waiting?.resolve(message.result ?? {})
    } else if (typeof message.method === 'string') {
      for (const listener of eventListeners) listener(message.method, message.params)
    }
  }
  // One subscription to the parent while anyone listens or waits for an answer.
  const listen = () => {
    unsubscribe ??= parent.onEvent(receive)
  }

  const connection: CdpConnection = {
    send(method, ...params) {
      listen()
      if (pending.size >= MAX_PENDING) {
        return Promise.reject(new Error('The frame is not answering.'))
      }
      const id = ++lastId
      const answer = new Promise<never>((resolve, reject) => pending.set(id, { resolve, reject }))
      parent
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params: params[0] ?? {} }),
        })
        .catch((error: unknown) => {
          pending.get(id)?.reject(new Error(messageOf(error)))
          pending.delete(id)
        })
      return answer
    },
    onEvent(listener) {
      listen()
      eventListeners.add(listener)
      return () => {
        eventListeners.delete(listener)
        if (eventListeners.size === 0 && pending.size === 0) {
          unsubscribe?.()
          unsubscribe = null
        }
      }
    },
  }
  return Object.assign(connection, { childSessions: nestedSessions(connection) })
}
