// The pane's renderer processes run below the UI's. In a burst of traffic the pane's renderer
// (its page loading request after request) and the UI's renderer (drawing the rows) want the
// same cores, and on a 2-core machine the UI's longest tasks were mostly time spent waiting for
// one. At nice 10 the scheduler weighs a thread at about a tenth of one at 0 (110 to 1,024), so
// the pane takes the time the UI leaves. Measured in README, Speed.
//
// Lowering a process's priority needs no privilege (raising it back does), so this works for
// every user, and a process is never raised again. On Linux a priority belongs to a thread, not
// a process: every thread is lowered, and threads started later inherit it from their creator.

import { readdirSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'
import { messageOf } from '../../shared/error-message'

/** The pane's renderers' nice value (0 is normal, 19 the lowest). */
export const PANE_NICE = 10

/** What PanePriority asks of the system; the real one is THIS_SYSTEM. */
export interface PrioritySystem {
  platform: NodeJS.Platform
  getPriority(pid: number): number
  setPriority(pid: number, priority: number): void
  /** The ids of a Linux process's threads. */
  threads(pid: number): number[]
}

export const THIS_SYSTEM: PrioritySystem = {
  platform: process.platform,
  getPriority,
  setPriority,
  threads: (pid) => readdirSync(`/proc/${pid}/task`).map(Number),
}

export class PanePriority {
  /** Processes that could not be lowered, said once each. */
  private readonly refused = new Set<number>()

  constructor(
    private readonly log: (message: string) => void,
    private readonly system: PrioritySystem = THIS_SYSTEM,
  ) {}

  /**
   * Lowers every process of PIDS not already at PANE_NICE or below; returns those it lowered.
   * A process that is gone or not the user's is logged and skipped: the pane runs as it was.
   */
  lower(pids: Iterable<number>): number[] {
    const lowered: number[] = []
    for (const pid of new Set(pids)) {
      if (!Number.isInteger(pid) || pid <= 0) continue
      try {
        // The process's own (its main thread's) value: a process seen before is left alone, and
        // a pid reused by a new process is lowered anew.
        if (this.system.getPriority(pid) >= PANE_NICE) continue
        const ids = this.system.platform === 'linux' ? this.system.threads(pid) : [pid]
        for (const id of ids) this.lowerOne(id)
        lowered.push(pid)
      } catch (error) {
        if (this.refused.has(pid)) continue
        this.refused.add(pid)
        this.log(`pane: its renderer (process ${pid}) keeps its priority: ${messageOf(error)}`)
      }
    }
    return lowered
  }

  private lowerOne(id: number): void {
    try {
      if (this.system.getPriority(id) < PANE_NICE) this.system.setPriority(id, PANE_NICE)
    } catch (error) {
      // A thread that ended between the listing and now is no loss; anything else is.
      if (systemErrorCode(error) === 'ESRCH') return
      throw error
    }
  }
}

/** Node's os functions throw ERR_SYSTEM_ERROR with the errno's name in `info.code`. */
function systemErrorCode(error: unknown): unknown {
  return (error as { info?: { code?: unknown } } | null)?.info?.code
}
