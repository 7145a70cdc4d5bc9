// The preload's half of the contract: commands over `ipcRenderer.invoke`, events over
// `ipcRenderer.on`. The page only ever gets the data; Electron's event object (and the sender
// it carries) never crosses into the page.

import type { IpcRenderer, IpcRendererEvent } from 'electron'
import { commandChannel, eventChannel, type ApiTransport } from '../shared/contract'

export function ipcTransport(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): ApiTransport {
  return {
    invoke: (name, payload) => ipc.invoke(commandChannel(name), payload),
    subscribe(name, listener) {
      const deliver = (_event: IpcRendererEvent, data: Parameters<typeof listener>[0]) =>
        listener(data)
      ipc.on(eventChannel(name), deliver)
      return () => {
        ipc.removeListener(eventChannel(name), deliver)
      }
    },
  }
}
