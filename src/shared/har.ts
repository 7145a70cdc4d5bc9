// What the UI says about HAR files to its host (contract.ts names the commands) and to its HAR
// worker: a session exported as HAR text, and a HAR file read into exchanges to explore,
// read-only. The reading itself is core's (core/har/har-import.ts, har-desk.ts): a file the UI
// holds is read by the UI's worker (src/ui-worker), one the host's own dialog opened by the host.

import type { Exchange } from './domain'
import type { HarProblem } from './messages/facts'

/**
 * The largest HAR file read: a long session's is a few MB, DevTools' largest tens. The UI checks
 * a file's size against it before reading the file at all; the reader checks the text again.
 */
export const MAX_HAR_BYTES = 64 * 1024 * 1024

/** A HAR file read, as the app shows it. */
export interface ImportedHar {
  /** `log.version`, as the file says: 1.1 or 1.2. */
  harVersion: string
  /** `log.creator.name` and version, as the file says (cut short). */
  creator: string
  version: string
  /** Cookie Lab's own file: its verdicts are the browser's, read when it was captured. */
  ownFormat: boolean
  sanitised: boolean
  exchanges: Exchange[]
  /** What was odd but did not stop the import: bad entries skipped, dates missing. */
  notes: HarProblem[]
}

/**
 * Where the rest of a long file is: its reader (the UI's HAR worker, or the host) read its newest
 * entries first, and holds the file (under REF) until the UI has asked for every older entry,
 * those before BEFORE (the worker's `page` request, or the host's `harPage`).
 */
export interface HarMore {
  ref: number
  before: number
}

/**
 * A HAR file opened: what it holds (the newest entries, and `more` when older ones are to be
 * asked for), or every problem that kept it from being read.
 */
export type HarOpening =
  | { ok: true; fileName: string; har: ImportedHar; more: HarMore | null }
  | { ok: false; fileName: string; problems: HarProblem[] }

/** Older entries of a file being imported, and where the ones older still are (none: null). */
export interface HarPage {
  exchanges: Exchange[]
  notes: HarProblem[]
  more: HarMore | null
}

/** The session as a HAR file: a name to save it under, and its text. */
export interface HarExport {
  fileName: string
  text: string
}

/** A file the UI holds (a file input's or a drop's `File`), as the HAR worker reads it. */
export interface HarFileBlob {
  readonly name: string
  readonly size: number
  text(): Promise<string>
}

/**
 * What the UI asks of its HAR worker (src/ui-worker/har-worker.ts): to open a file, then the
 * older entries before MORE, a page at a time. ID pairs each request with its answer.
 */
export type HarWorkerRequest =
  { id: number; kind: 'open'; file: HarFileBlob } | { id: number; kind: 'page'; more: HarMore }

/**
 * The HAR worker's answer to request ID. `failed`: an error message, a fact encoded in it as a
 * host's is (`encodeErrorMessage`), e.g. `harFileGone` for a page of a file no longer held.
 */
export type HarWorkerAnswer =
  | { id: number; kind: 'opened'; opening: HarOpening }
  | { id: number; kind: 'page'; page: HarPage }
  | { id: number; kind: 'failed'; error: string }
