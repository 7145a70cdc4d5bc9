// What the UI's HAR worker does with each request: a file the UI holds (a file input's, a drop's)
// opened on the same HarDesk, with the same reader, as a file the host opens itself, and its older
// entries read a page at a time. Nothing here knows `self` or `postMessage`, so Node tests call it
// directly; har-worker.ts wires it to the worker's messages.

import { encodeErrorMessage } from '../shared/coded-error'
import type { HarWorkerAnswer, HarWorkerRequest } from '../shared/har'
import { HarDesk } from '../core/har/har-desk'

/** Answers each request on DESK (one file held at a time); never throws, a failure is answered. */
export function answerHarRequests(desk = new HarDesk()) {
  return async (request: HarWorkerRequest): Promise<HarWorkerAnswer> => {
    const { id } = request
    try {
      if (request.kind === 'open') {
        const { file } = request
        return { id, kind: 'opened', opening: desk.openText(file.name, await file.text()) }
      }
      return { id, kind: 'page', page: desk.page(request.more.ref, request.more.before) }
    } catch (error) {
      return { id, kind: 'failed', error: encodeErrorMessage(error) }
    }
  }
}
