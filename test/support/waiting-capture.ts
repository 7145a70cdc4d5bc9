// Capture as the tests drive it: the product's PaneCapture, plus `waitFor`, which only tests
// need (the app reacts to capture's events; it never waits on a condition).

import { formatFact } from '../../src/shared/messages/format-message'
import { PaneCapture } from '../../src/core/capture/pane-capture'
import type { TimelineEntry } from '../../src/shared/domain'

const DEFAULT_WAIT_MS = 5000

export class WaitingCapture extends PaneCapture {
  private readonly failWaiters = new Set<(error: Error) => void>()
  private isClosed = false

  /** Resolves when the predicate holds after an update; rejects with a clear message on timeout. */
  waitFor(
    predicate: (entries: readonly TimelineEntry[]) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.isClosed) {
        reject(new Error('The capture is closed; nothing more will arrive.'))
        return
      }
      let unsubscribe = () => {}
      const finish = () => {
        this.failWaiters.delete(fail)
        unsubscribe()
        clearTimeout(timer)
      }
      const fail = (error: Error) => {
        finish()
        reject(error)
      }
      const check = () => {
        try {
          if (!predicate(this.entries())) return
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)))
          return
        }
        finish()
        resolve()
      }
      const timer = setTimeout(() => {
        const entries = this.entries()
        fail(
          new Error(
            `waitFor: the condition still did not hold after ${timeoutMs} ms ` +
              `(${entries.length} timeline entries; the last: ${describeEntry(entries.at(-1))}).`,
          ),
        )
      }, timeoutMs)
      this.failWaiters.add(fail)
      unsubscribe = this.subscribe({ entry: check, store: check })
      check()
    })
  }

  override close(): void {
    if (!this.isClosed) {
      this.isClosed = true
      for (const fail of [...this.failWaiters]) fail(new Error('The capture was closed.'))
    }
    super.close()
  }
}

function describeEntry(entry: TimelineEntry | undefined): string {
  if (!entry) return 'none'
  switch (entry.kind) {
    case 'exchange':
      return `${entry.method} ${entry.url} (${entry.state}${entry.status ? `, ${entry.status}` : ''})`
    case 'script-write':
      return `a script write on ${entry.pageUrl ?? 'an unknown page'}`
    case 'inspector-edit':
      return `an inspector edit: ${formatFact(entry.summary)}`
    case 'capture-gap':
      return `a capture gap (${entry.reason})`
  }
}
