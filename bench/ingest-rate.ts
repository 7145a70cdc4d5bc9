// How fast capture turns CDP events into timeline entries, measured on recorded events so the
// number means something: `npm run bench` feeds it a fixture recorded from real Chromium.

import { PaneCapture } from '../src/core/capture/pane-capture'

export interface RecordedCdpEvent {
  method: string
  params: unknown
}

export interface IngestRate {
  eventsPerSecond: number
  events: number
  ms: number
}

/** REPEAT copies of a recorded stream, each with requestIds of its own, as a long session of
 * new requests would have; FIRSTROUND numbers them on from an earlier batch. */
export function withFreshRequestIds(
  events: RecordedCdpEvent[],
  repeat: number,
  firstRound = 0,
): RecordedCdpEvent[] {
  const stream: RecordedCdpEvent[] = []
  for (let round = firstRound; round < firstRound + repeat; round += 1) {
    for (const event of events)
      stream.push({ method: event.method, params: renamed(event.params, round) })
  }
  return stream
}

export function measureIngestRate(events: RecordedCdpEvent[], repeat: number): IngestRate {
  // The copies are made before the clock starts.
  const stream = withFreshRequestIds(events, repeat)
  const capture = new PaneCapture({ storePollMs: 0 })
  const start = performance.now()
  for (const event of stream) capture.ingest(event.method, event.params)
  const ms = performance.now() - start
  capture.close()
  return {
    eventsPerSecond: ms > 0 ? (stream.length / ms) * 1000 : Infinity,
    events: stream.length,
    ms,
  }
}

function renamed(params: unknown, round: number): unknown {
  if (typeof params !== 'object' || params === null || !('requestId' in params)) return params
  return { ...params, requestId: `${String(params.requestId)}/${round}` }
}
