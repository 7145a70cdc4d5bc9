// The UI's HAR worker: a dedicated worker the renderer starts for each HAR file it opens
// (src/renderer/src/har-worker-reading.ts), so that checking a 20 MB text and reading its entries
// never holds up the UI's thread, and the text never crosses to the host. It reaches core's HAR
// reading, and only what of core runs in a browser: tsconfig.worker.json checks it with the
// worker's globals and no Node types, and the build test reads its bundle.

import type { HarWorkerRequest } from '../shared/har'
import { answerHarRequests } from './har-answers'

const answer = answerHarRequests()

addEventListener('message', (event: MessageEvent<HarWorkerRequest>) => {
  void answer(event.data).then((reply) => postMessage(reply))
})
