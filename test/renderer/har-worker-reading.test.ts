// A HAR file read in the UI's worker, from the page's side: each answer goes to the request it
// answers, a failure reaches the caller as words the UI can show, and a worker that stops or is
// closed is ended (terminated) with everything still asked refused.

import { describe, expect, it } from 'vitest'
import { readHarInWorker } from '../../src/renderer/src/har-worker-reading'
import { readableError } from '../../src/renderer/src/stores/readable-error'
import { encodeErrorMessage, CodedError } from '../../src/shared/coded-error'
import type { HarOpening, HarPage } from '../../src/shared/har'
import { HarWorkerStandIn } from './har-worker-stand-in'

const file = { name: 'long.har', size: 2, text: async () => '{}' }
const opening: HarOpening = {
  ok: true,
  fileName: 'long.har',
  har: {
    harVersion: '1.2',
    creator: 'test',
    version: '',
    ownFormat: false,
    sanitised: false,
    exchanges: [],
    notes: [],
  },
  more: { ref: 1, before: 10 },
}
const page = (before: number): HarPage => ({ exchanges: [], notes: [], more: { ref: 1, before } })

describe('a HAR file read in the UI’s worker', () => {
  it('posts the file itself, and gives each answer to the request it answers', async () => {
    const worker = new HarWorkerStandIn()
    const reading = readHarInWorker(file, worker)
    expect(worker.requests).toEqual([{ id: 1, kind: 'open', file }])
    worker.answer({ id: 1, kind: 'opened', opening })
    expect(await reading.opening).toEqual(opening)

    const first = reading.page({ ref: 1, before: 10 })
    const second = reading.page({ ref: 1, before: 5 })
    expect(worker.requests.slice(1)).toEqual([
      { id: 2, kind: 'page', more: { ref: 1, before: 10 } },
      { id: 3, kind: 'page', more: { ref: 1, before: 5 } },
    ])
    worker.answer({ id: 3, kind: 'page', page: page(0) })
    worker.answer({ id: 2, kind: 'page', page: page(5) })
    expect(await first).toEqual(page(5))
    expect(await second).toEqual(page(0))
    expect(worker.terminated).toBe(false)
  })

  it('turns the worker’s failure into an error the UI words', async () => {
    const worker = new HarWorkerStandIn((request) => ({
      id: request.id,
      kind: 'failed',
      error: encodeErrorMessage(new CodedError({ code: 'harFileGone' })),
    }))
    const reading = readHarInWorker(file, worker)
    const error = await reading.opening.catch((caught: unknown) => caught)
    expect(readableError(error)).toBe(
      'That HAR file is no longer open: another was imported since.',
    )
  })

  it('ends a worker that stops, refusing what was asked and what is asked after', async () => {
    const worker = new HarWorkerStandIn()
    const reading = readHarInWorker(file, worker)
    worker.fail()
    const said = (promise: Promise<unknown>) =>
      promise.then(
        () => 'answered',
        (error: unknown) => readableError(error),
      )
    const stopped =
      'the HAR reader, which reads the file in the background, stopped before it answered.'
    expect(await said(reading.opening)).toBe(stopped)
    expect(await said(reading.page({ ref: 1, before: 10 }))).toBe(stopped)
    expect(worker.terminated).toBe(true)
    expect(worker.requests).toHaveLength(1)
  })

  it('ends the worker when closed: a page still asked for is refused, a late answer ignored', async () => {
    const worker = new HarWorkerStandIn()
    const reading = readHarInWorker(file, worker)
    worker.answer({ id: 1, kind: 'opened', opening })
    await reading.opening
    const asked = reading.page({ ref: 1, before: 10 })
    reading.close()
    expect(worker.terminated).toBe(true)
    await expect(asked).rejects.toThrow(/no longer open/)
    worker.answer({ id: 2, kind: 'page', page: page(5) })
    await expect(reading.page({ ref: 1, before: 5 })).rejects.toThrow(/no longer open/)
  })
})
