// `npm run har -- summary <file> [--json]`: each exchange of a HAR file with its Cookie and
// Set-Cookie lines and what is known of their verdicts, for teachers reading a learner's file
// and for scripts (`--json`). The file is read as the app reads it (har-import.ts): bounded,
// validated, and a bad file gets the catalogue's sentence, never a stack.

import { formatFact } from '../../shared/messages/format-message'
import type { SetCookieLine } from '../../shared/domain'
import { lineSeen } from '../../shared/lessons/check-verdicts'
import { seenWords } from '../../shared/lessons/check-words'
import type { CommandOutput } from '../lessons/lesson-command'
import { openHarFileLog } from './har-file'
import { readWholeLog, type ImportedHar } from './har-import'

const USAGE = 'usage: npm run har -- summary <file.har> [--json]'

/**
 * The verdict of a Set-Cookie line in the words a lesson check uses for it; a line of another
 * tool's file has none to tell.
 */
export function verdictOf(line: SetCookieLine): string {
  if (line.outcome.status === 'unknown') return formatFact({ code: 'harNoVerdict' })
  return seenWords(lineSeen(line))
}

export interface ExchangeSummary {
  seq: number
  method: string
  url: string
  status: number | null
  cookie: string | null
  setCookies: Array<{ line: string; verdict: string }>
}

export function summaryOf(har: ImportedHar): ExchangeSummary[] {
  return har.exchanges.map((exchange) => ({
    seq: exchange.seq,
    method: exchange.method,
    url: exchange.url,
    status: exchange.status,
    cookie: exchange.cookieHeader,
    setCookies: exchange.setCookies.map((line) => ({
      line: line.raw,
      verdict: verdictOf(line),
    })),
  }))
}

/** Runs the command with ARGS; answers the exit code (0 read, 1 not readable, 2 usage). */
export async function runHarCommand(args: readonly string[], output: CommandOutput) {
  const [verb, file, ...rest] = args
  const json = rest.includes('--json')
  if (verb !== 'summary' || !file || rest.some((arg) => arg !== '--json')) {
    output.err(USAGE)
    return 2
  }
  const opened = await openHarFileLog(file)
  if (!opened.ok) {
    for (const problem of opened.problems) output.err(`${file}: ${formatFact(problem)}`)
    return 1
  }
  const har = readWholeLog(opened.log)
  const exchanges = summaryOf(har)
  const notes = har.notes.map((note) => formatFact(note))
  if (json) {
    output.out(JSON.stringify({ creator: har.creator, exchanges, notes }, null, 2))
    return 0
  }
  output.out(
    `${file}: ${exchanges.length} exchanges, written by ${har.creator || 'an unnamed tool'}` +
      (har.ownFormat ? '' : ' (no browser verdicts: HAR has no field for them)'),
  )
  for (const exchange of exchanges) {
    output.out(`#${exchange.seq} ${exchange.method} ${exchange.url} ${exchange.status ?? 'failed'}`)
    if (exchange.cookie !== null) output.out(`    Cookie: ${exchange.cookie}`)
    for (const line of exchange.setCookies) {
      output.out(`    Set-Cookie: ${line.line}    [${line.verdict}]`)
    }
  }
  for (const note of notes) output.out(`note: ${note}`)
  return 0
}
