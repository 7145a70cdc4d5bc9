// Who hears what capture sees: the listeners of entries, of the store and of problems, and the
// last few hundred problems for whoever asks later. A listener that throws is reported, never
// allowed to stop capture.

import type { StoredCookie, TimelineEntry } from '../../shared/domain'
import { messageOf } from '../../shared/error-message'

/** Something capture could not read as expected; it kept what it could. */
export interface CaptureProblem {
  at: number
  /** The CDP event or command concerned. */
  source: string
  message: string
}

export interface CaptureListener {
  /** An entry was added or updated (same id: replace). */
  entry?(entry: TimelineEntry): void
  /** The whole store, after any change. */
  store?(store: StoredCookie[]): void
  problem?(problem: CaptureProblem): void
}

const MAX_PROBLEMS = 500

export class CaptureListeners {
  private readonly listeners = new Set<CaptureListener>()
  private readonly recent: CaptureProblem[] = []

  constructor(private readonly now: () => number) {}

  subscribe(listener: CaptureListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  entry(entry: TimelineEntry): void {
    this.tell((listener) => listener.entry?.(entry))
  }

  store(store: StoredCookie[]): void {
    this.tell((listener) => listener.store?.(store))
  }

  problem(source: string, message: string): void {
    const problem: CaptureProblem = { at: this.now(), source, message }
    this.recent.push(problem)
    if (this.recent.length > MAX_PROBLEMS) this.recent.shift()
    for (const listener of [...this.listeners]) {
      try {
        listener.problem?.(problem)
      } catch {
        // A listener that fails on a problem report has nowhere left to report to.
      }
    }
  }

  /** What capture could not read as expected, oldest first (the last few hundred). */
  problems(): CaptureProblem[] {
    return [...this.recent]
  }

  clear(): void {
    this.listeners.clear()
  }

  private tell(call: (listener: CaptureListener) => void): void {
    for (const listener of [...this.listeners]) {
      try {
        call(listener)
      } catch (error) {
        this.problem('listener', `A capture listener failed: ${messageOf(error)}`)
      }
    }
  }
}
