// An error that carries a fact, so the UI can say it in the learner's language. Its `message`
// is the English sentence (for logs and the command line). Electron's `ipcMain.handle` (and the
// test harness's binding) pass only an Error's message to the renderer, so a host sends
// `encodeErrorMessage(error)` instead, and the renderer reads the fact back with
// `decodeErrorMessage`. A message that is not an encoded fact stays a plain message.

import { formatFact } from './messages/format-message'
import type { Fact } from './messages/facts'
import { factsEn } from './messages/en/facts'
import { messageOf } from './error-message'

export class CodedError<F extends Fact = Fact> extends Error {
  override name = 'CodedError'
  constructor(readonly fact: F) {
    super(formatFact(fact))
  }
}

/** Marks an encoded fact; no sentence in the catalogue holds it. */
const PREFIX = 'cookie-lab-fact:'

/** True when MESSAGE was meant to carry a fact, even one that does not decode. */
export function carriesFact(message: string): boolean {
  return message.includes(PREFIX)
}

/** What to send across IPC for ERROR: the fact when it has one, else its plain message. */
export function encodeErrorMessage(error: unknown): string {
  if (error instanceof CodedError) return PREFIX + JSON.stringify(error.fact)
  return messageOf(error)
}

/**
 * The fact in MESSAGE (which may carry Electron's "Error invoking remote method …: Error:"
 * wrapper before it), or null when it holds none. The host is trusted less than the UI needs:
 * an unknown code or a malformed fact decodes to null, never to a broken sentence.
 */
export function decodeErrorMessage(message: string): Fact | null {
  const start = message.indexOf(PREFIX)
  if (start < 0) return null
  try {
    // JSON holds no raw line break: a transport that appends a stack cannot break the fact.
    const json = message.slice(start + PREFIX.length).split('\n', 1)[0] ?? ''
    const fact: unknown = JSON.parse(json)
    if (!isFact(fact)) return null
    formatFact(fact) // throws when a parameter its message needs is missing
    return fact
  } catch {
    return null
  }
}

function isFact(value: unknown): value is Fact {
  if (typeof value !== 'object' || value === null) return false
  const { code, params } = value as { code?: unknown; params?: unknown }
  if (typeof code !== 'string' || !Object.hasOwn(factsEn, code)) return false
  if (params === undefined) return true
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false
  return Object.values(params).every(
    (param) => typeof param === 'string' || typeof param === 'number' || isFact(param),
  )
}
