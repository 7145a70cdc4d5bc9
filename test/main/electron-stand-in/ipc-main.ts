// ipcMain: one handler per channel, as Electron; and `invoke`, the driver's way to call one as
// a renderer would.

import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { ipcClone, record, type Like } from './trace'
import type { StandInWebContents } from './web-contents'

type InvokeListener = Parameters<Electron.IpcMain['handle']>[1]

class StandInIpcMain
  extends EventEmitter
  implements Like<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  private readonly handlers = new Map<string, InvokeListener>()

  handle(channel: string, listener: InvokeListener): void {
    // Electron's own rule: one handler per channel.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    record('ipcMain', 'handle', channel)
    this.handlers.set(channel, listener)
  }
  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return listener(event, ...args)
    })
  }
  removeHandler(channel: string): void {
    record('ipcMain', 'removeHandler', channel)
    this.handlers.delete(channel)
  }
  channels(): string[] {
    return [...this.handlers.keys()]
  }

  /**
   * The driver's: what `ipcRenderer.invoke(channel, ...args)` from FRAMEURL in SENDER's page
   * does in Electron. Arguments and answer are structured-cloned; a handler's error reaches the
   * renderer as its message only.
   */
  async invoke(
    sender: StandInWebContents,
    frameUrl: string,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const senderFrame = { url: frameUrl, parent: null, origin: new URL(frameUrl).origin }
    const event = { sender, senderFrame, frameId: 1, processId: sender.id, type: 'frame' }
    try {
      return ipcClone(
        await handler(event as unknown as Electron.IpcMainInvokeEvent, ...ipcClone(args)),
      )
    } catch (error) {
      throw new Error(
        `Error invoking remote method '${channel}': ${error instanceof Error ? error.message : error}`,
      )
    }
  }
}

export const ipcMain = new StandInIpcMain()
