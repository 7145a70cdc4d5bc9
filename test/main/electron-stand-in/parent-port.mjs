// Electron gives a utility process `process.parentPort`. The stand-in's `utilityProcess.fork`
// starts a plain Node child (child_process.fork) with this module preloaded, which gives it
// one over Node's IPC channel: `on('message', ({ data }) => ...)` and `postMessage(value)`.

import { EventEmitter } from 'node:events'

const port = new EventEmitter()
const forward = (data) => port.emit('message', { data, ports: [] })
// The channel is listened to (and keeps the process alive) once the port is, as in Electron.
port.on('newListener', (event) => {
  if (event === 'message' && port.listenerCount('message') === 0) process.on('message', forward)
})
port.postMessage = (message) => process.send?.(message)
port.start = () => {}
process.parentPort = port
