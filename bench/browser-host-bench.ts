// The browser host's cold start, as a learner meets it: from the command to the UI showing the
// tutorial's home row (the host's "Cookie Lab is open" line is printed exactly then), headless.

import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { chromiumPath } from '../test/support/chromium'
import { median } from './stats'

/** Runs COMMAND until it says Cookie Lab is open; its time in ms, then ends it with SIGTERM. */
function timeToOpen(args: string[]): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROMIUM_PATH: chromiumPath() },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise<number>((done, fail) => {
    let openedAfterMs: number | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      if (openedAfterMs !== undefined || !/Cookie Lab is open in /.test(output)) return
      openedAfterMs = performance.now() - started
      child.kill('SIGTERM')
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    // Done once it has closed again, so the next run starts on a quiet machine.
    child.once('exit', (code) =>
      openedAfterMs !== undefined
        ? done(openedAfterMs)
        : fail(new Error(`exited ${code} before it opened: ${output}`)),
    )
  })
}

/**
 * `npm start -- --browser` (its builds included) and the built host alone, RUNS times each:
 * the medians and the spread.
 */
export async function benchBrowserHostColdStart(runs = 3) {
  const command: number[] = []
  const launch: number[] = []
  for (let i = 0; i < runs; i += 1) {
    command.push(await timeToOpen([resolve('scripts/start.mjs'), '--browser', '--headless']))
    // start.mjs has just built out/browser-host: the host alone, as a second start would be
    // without the builds.
    launch.push(
      await timeToOpen([
        resolve('out/browser-host/cli.mjs'),
        '--executable',
        chromiumPath(),
        '--headless',
      ]),
    )
  }
  const spread = (times: number[]) => ({
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
  })
  return { runs, command: spread(command), launch: spread(launch) }
}
