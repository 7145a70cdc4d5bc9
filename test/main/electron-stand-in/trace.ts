// What the stand-in records, and the pieces every stand-in object is made of.

import { EventEmitter } from 'node:events'

/**
 * The members K of Electron's type T with Electron's own signatures, except the members in O,
 * where the stand-in hands out another stand-in object instead of an Electron one.
 */
export type Like<T, K extends keyof T, O = object> = Omit<Pick<T, K>, keyof O> & O

/** Electron's function F, returning the stand-in's R instead of an Electron object. */
export type Returning<F extends (...args: never[]) => unknown, R> = (...args: Parameters<F>) => R

export interface TraceEntry {
  /** What was acted on: `app`, `session(cookie-lab-pane)`, `contents#2`, `debugger#2`... */
  subject: string
  action: string
  detail?: unknown
}

export const trace: TraceEntry[] = []

export function record(subject: string, action: string, detail?: unknown): void {
  trace.push(detail === undefined ? { subject, action } : { subject, action, detail })
}

/** What Electron's IPC would do to a value: a structured clone, which throws on functions. */
export function ipcClone<T>(value: T): T {
  return structuredClone(value)
}

/** Electron hands listeners an event object; the guards only ever call `preventDefault`. */
export function preventableEvent(fields: Record<string, unknown> = {}) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

/** An emitter whose listeners are traced: "the guard was in place before the load" is a fact. */
export class TracedEmitter extends EventEmitter {
  constructor(readonly subject: string) {
    super()
  }
  override on(event: string | symbol, listener: Parameters<EventEmitter['on']>[1]): this {
    if (typeof event === 'string') record(this.subject, `on ${event}`)
    return super.on(event, listener)
  }
}
