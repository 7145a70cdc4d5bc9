// Turns a rejected command into words for an inline message. Electron wraps a handler's error
// as "Error invoking remote method 'cookie-lab:command:x': Error: <message>": the learner needs
// only the message.

const ELECTRON_WRAPPER = /^Error invoking remote method '[^']*':\s*(?:[A-Za-z]*Error:\s*)?/

export function readableError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const plain = message.replace(ELECTRON_WRAPPER, '').trim()
  return plain === '' ? 'Something went wrong, and the host gave no reason.' : plain
}
