// A HAR file the UI holds (a file input's, a drop's) read in a worker of its own
// (src/ui-worker/har-worker.ts): the UI's thread stays free while the worker checks the text and
// reads its newest entries, and the text never leaves the UI's process (only the File is posted,
// a handle to the file, not a copy of it). One worker per file: closing the reading ends the
// worker, and with it the file it held.

import { CodedError } from '../../shared/coded-error'
import type {
  HarFileBlob,
  HarMore,
  HarOpening,
  HarPage,
  HarWorkerAnswer,
  HarWorkerRequest,
} from '../../shared/har'

/** A file being read: its opening, then its older pages, until it is closed. */
export interface HarFileReading {
  /** The newest entries and where the rest are, or every problem of the file. */
  readonly opening: Promise<HarOpening>
  /** The entries before MORE, a page of them. */
  page(more: HarMore): Promise<HarPage>
  /** Ends the reading: what is still asked is refused (`harFileGone`). */
  close(): void
}

/** What of a `Worker` a reading uses (a stand-in in the tests). */
export interface HarWorkerPort {
  postMessage(request: HarWorkerRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<HarWorkerAnswer>) => void): void
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void
  terminate(): void
}

/** Starts the HAR worker: Vite builds the URL below into a script of its own, from 'self'. */
export function startHarWorker(): HarWorkerPort {
  return new Worker(new URL('../../ui-worker/har-worker.ts', import.meta.url), {
    type: 'module',
    name: 'har-reader',
  })
}

/** A request as asked, before it is numbered. */
type Asked<R = HarWorkerRequest> = R extends HarWorkerRequest ? Omit<R, 'id'> : never

interface Call {
  settle(answer: HarWorkerAnswer): void
  refuse(error: Error): void
}

/** Reads FILE in WORKER (a new HAR worker by default), which this reading alone uses. */
export function readHarInWorker(
  file: HarFileBlob,
  worker: HarWorkerPort = startHarWorker(),
): HarFileReading {
  const calls = new Map<number, Call>()
  let lastId = 0
  let ended: Error | null = null

  const end = (why: Error) => {
    if (ended) return
    ended = why
    worker.terminate()
    for (const call of calls.values()) call.refuse(why)
    calls.clear()
  }

  worker.addEventListener('message', (event) => {
    const answer = event.data
    const call = calls.get(answer.id)
    calls.delete(answer.id)
    call?.settle(answer)
  })
  // A worker that cannot start (its script refused or missing) or that died answers nothing more.
  const stopped = () => end(new CodedError({ code: 'harReaderStopped' }))
  worker.addEventListener('error', stopped)
  worker.addEventListener('messageerror', stopped)

  /** Posts REQUEST; the worker answers it in kind (`open`: `opened`, `page`: `page`) or fails. */
  function ask<Answer extends HarWorkerAnswer>(request: Asked): Promise<Answer> {
    if (ended) return Promise.reject(ended)
    const id = ++lastId
    return new Promise((resolve, reject) => {
      calls.set(id, {
        settle: (answer) =>
          answer.kind === 'failed' ? reject(new Error(answer.error)) : resolve(answer as Answer),
        refuse: reject,
      })
      worker.postMessage({ ...request, id })
    })
  }

  type Answered<K> = Extract<HarWorkerAnswer, { kind: K }>
  return {
    opening: ask<Answered<'opened'>>({ kind: 'open', file }).then((answer) => answer.opening),
    page: (more) => ask<Answered<'page'>>({ kind: 'page', more }).then((answer) => answer.page),
    close: () => end(new CodedError({ code: 'harFileGone' })),
  }
}
