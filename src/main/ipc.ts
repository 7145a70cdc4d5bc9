// Every command the UI sends goes through one `handle()` wrapper: the sender is checked, the
// payload validated (`dispatchCommand`), and any failure answered as a plain Error message.
// A renderer is untrusted input; nothing it sends can crash the main process.

import type { IpcMain } from 'electron'
import {
  COMMAND_NAMES,
  commandChannel,
  eventChannel,
  type CommandHandlers,
  type EventName,
  type LabEventMap,
} from '../shared/contract'
import { encodeErrorMessage } from '../shared/coded-error'
import { dispatchCommand } from '../shared/contract-schemas'
import { EventOutbox } from '../core/event-outbox'
import { isTrustedSender } from './sender-check'

export interface CommandIpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>
  handlers: CommandHandlers
  /** The id of the UI window's web contents: only its top frame may send commands. */
  uiContentsId: () => number | undefined
  /** The app's own page: the dev server's origin or the built index.html's file URL. */
  appUrl: string
  log?: (message: string) => void
}

export const REFUSED_SENDER = 'Refused: only the Cookie Lab window may send commands.'

/** Registers every command of the contract; returns a function that removes them all. */
export function registerCommandIpc(options: CommandIpcOptions): () => void {
  const log = options.log ?? ((message: string) => console.warn(message))
  for (const name of COMMAND_NAMES) {
    options.ipcMain.handle(commandChannel(name), async (event, payload: unknown) => {
      const frame = event.senderFrame
      if (
        event.sender.id !== options.uiContentsId() ||
        !frame ||
        frame.parent !== null ||
        !isTrustedSender(frame.url, options.appUrl)
      ) {
        log(`ipc: refused ${name} from ${frame?.url ?? 'a frame that is gone'}`)
        throw new Error(REFUSED_SENDER)
      }
      try {
        return await dispatchCommand(options.handlers, name, payload)
      } catch (error) {
        // Only the message crosses IPC anyway; a plain Error keeps stacks and internals home.
        // A fact (a CodedError) crosses encoded, so the UI can word it in the learner's language.
        throw new Error(encodeErrorMessage(error))
      }
    })
  }
  return () => {
    for (const name of COMMAND_NAMES) options.ipcMain.removeHandler(commandChannel(name))
  }
}

export interface EventSource {
  onEvent(listener: <E extends EventName>(name: E, data: LabEventMap[E]) => void): () => void
  onUiReady(listener: () => void): () => void
}

export interface EventTarget {
  isDestroyed(): boolean
  send(channel: string, ...args: unknown[]): void
}

/** Runs a delivery soon, after the events of the current burst of work have been gathered. */
export type DeliveryScheduler = (deliver: () => void) => void

/**
 * Pushes the session's events to the UI's web contents. Events are gathered until the main
 * process's current work is done (`setImmediate`: after the CDP messages already received are
 * handled) and sent coalesced and on the wire (core/event-outbox.ts): one IPC message per entry,
 * store and pane state that changed, not one per event of a burst, and of an entry or store the
 * UI holds only what changed.
 */
export function forwardEvents(
  source: EventSource,
  target: EventTarget,
  schedule: DeliveryScheduler = (deliver) => void setImmediate(deliver),
): () => void {
  const outbox = new EventOutbox()
  let scheduled = false
  let stopped = false
  const deliver = () => {
    scheduled = false
    const events = outbox.drain()
    if (stopped || target.isDestroyed()) return
    for (const [name, data] of events) target.send(eventChannel(name), data)
  }
  const unsubscribe = source.onEvent((name, data) => {
    outbox.push(name, data)
    if (scheduled) return
    scheduled = true
    schedule(deliver)
  })
  const stopReady = source.onUiReady(() => outbox.uiReady())
  return () => {
    stopped = true
    unsubscribe()
    stopReady()
  }
}
