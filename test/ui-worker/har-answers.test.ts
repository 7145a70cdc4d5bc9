// The UI's HAR worker, its requests answered in Node as the worker answers them: a file opened by
// the same desk and reader as the host's, its older pages asked for until there are none, every
// failure an answer (never a throw that would end the worker), and every answer fit to cross
// postMessage (a structured clone equal to the original).

import { describe, expect, it } from 'vitest'
import { HarDesk } from '../../src/core/har/har-desk'
import { decodeErrorMessage } from '../../src/shared/coded-error'
import type { HarFileBlob, HarMore, HarWorkerAnswer, HarWorkerRequest } from '../../src/shared/har'
import { answerHarRequests } from '../../src/ui-worker/har-answers'
import { harText } from '../core/har/har-text'

const fileOf = (name: string, text: string): HarFileBlob => ({
  name,
  size: text.length,
  text: async () => text,
})

/** Answers REQUEST as the worker would, and checks the answer survives postMessage. */
async function asked(answer: ReturnType<typeof answerHarRequests>, request: HarWorkerRequest) {
  const reply = await answer(request)
  expect(structuredClone(reply)).toEqual(reply)
  expect(reply.id).toBe(request.id)
  return reply
}

function opened(reply: HarWorkerAnswer) {
  if (reply.kind !== 'opened' || !reply.opening.ok) throw new Error(JSON.stringify(reply))
  return reply.opening
}

describe('the HAR worker’s answers', () => {
  it('opens a file with its newest entries, then answers every older page once', async () => {
    const answer = answerHarRequests(new HarDesk(3, 4))
    const opening = opened(
      await asked(answer, { id: 1, kind: 'open', file: fileOf('long.har', harText(12, 5)) }),
    )
    expect(opening.fileName).toBe('long.har')
    expect(opening.har.exchanges.map((e) => e.seq)).toEqual([10, 11, 12])
    const seqs = opening.har.exchanges.map((e) => e.seq)
    let more: HarMore | null = opening.more
    for (let id = 2; more; id += 1) {
      const reply = await asked(answer, { id, kind: 'page', more })
      if (reply.kind !== 'page') throw new Error(JSON.stringify(reply))
      seqs.unshift(...reply.page.exchanges.map((e) => e.seq))
      more = reply.page.more
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12])
  })

  it('answers a malformed file with its problems, as the host would', async () => {
    const answer = answerHarRequests()
    const reply = await asked(answer, {
      id: 1,
      kind: 'open',
      file: fileOf('broken.har', '{"log":'),
    })
    expect(reply).toMatchObject({ kind: 'opened', opening: { ok: false, fileName: 'broken.har' } })
    expect(reply.kind === 'opened' && !reply.opening.ok && reply.opening.problems[0]?.code).toBe(
      'harNotJson',
    )
  })

  it('answers a failure: a file that cannot be read, a page of a file no longer held', async () => {
    const answer = answerHarRequests()
    const unreadable: HarFileBlob = {
      name: 'gone.har',
      size: 10,
      text: () => Promise.reject(new Error('The file was moved after it was chosen.')),
    }
    expect(await asked(answer, { id: 1, kind: 'open', file: unreadable })).toEqual({
      id: 1,
      kind: 'failed',
      error: 'The file was moved after it was chosen.',
    })
    const reply = await asked(answer, { id: 2, kind: 'page', more: { ref: 1, before: 4 } })
    expect(reply.kind).toBe('failed')
    expect(reply.kind === 'failed' && decodeErrorMessage(reply.error)).toEqual({
      code: 'harFileGone',
    })
  })
})
