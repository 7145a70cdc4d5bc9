// A stand-in for the UI's HAR worker in Node tests: it records each request and answers as the
// script says (later, in a task of its own, as a worker's message arrives), or leaves it
// unanswered for the test to answer; it can fail as a worker that cannot start does. The real
// worker's answers are tested in test/ui-worker, and the two together in Chromium (har-in-app).

import type { HarWorkerPort } from '../../src/renderer/src/har-worker-reading'
import type { HarWorkerAnswer, HarWorkerRequest } from '../../src/shared/har'

type Listener = (event: never) => void

export class HarWorkerStandIn implements HarWorkerPort {
  readonly requests: HarWorkerRequest[] = []
  terminated = false
  private readonly listeners = new Map<string, Set<Listener>>()

  /** SCRIPT answers a request, or leaves it to `answer` (undefined). */
  constructor(
    private readonly script: (request: HarWorkerRequest) => HarWorkerAnswer | undefined = () =>
      undefined,
  ) {}

  postMessage(request: HarWorkerRequest): void {
    this.requests.push(request)
    const answer = this.script(request)
    if (answer) setTimeout(() => this.terminated || this.answer(answer), 0)
  }

  /** Posts ANSWER to the page through a structured clone (as one already on its way, if ended). */
  answer(answer: HarWorkerAnswer): void {
    this.dispatch('message', { data: structuredClone(answer) })
  }

  /** Fails as a worker whose script could not load. */
  fail(): void {
    this.dispatch('error', { type: 'error' })
  }

  addEventListener(type: string, listener: Listener): void {
    const listeners = this.listeners.get(type) ?? new Set()
    listeners.add(listener)
    this.listeners.set(type, listeners)
  }

  terminate(): void {
    this.terminated = true
  }

  private dispatch(type: string, event: object): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event as never)
  }
}
