// `npm start -- --browser` with real windows: under Xvfb (a 1280×720 screen, no window manager),
// the UI and the pane open side by side, and a screenshot of the whole screen is left in
// test-results/screens/browser-host.png for a person to judge.

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumPath } from '../support/chromium'
import { processesMentioning, spawnWatched } from '../support/processes'
import { SCREENS_DIR } from '../support/lab-harness'

const SCREEN = { width: 1280, height: 720 }

function hasXvfbRun(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v xvfb-run && command -v import'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const png = readFileSync(file)
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe.skipIf(process.platform !== 'linux')('the browser host on a real screen', () => {
  it('opens the UI and the pane side by side, in windows a screenshot shows', async () => {
    if (!hasXvfbRun()) {
      throw new Error(
        "xvfb-run and ImageMagick's import are needed here: apt-get install -y xvfb imagemagick",
      )
    }
    const scratch = mkdtempSync(join(tmpdir(), 'cookie-lab-headful-'))
    // xvfb-run picks a free display and its own X authority: the shell says which (and its pid,
    // which exec makes npm start's), so the screenshot can be taken from outside.
    const { child, output, exited } = spawnWatched(
      'xvfb-run',
      [
        '-a',
        '-s',
        `-screen 0 ${SCREEN.width}x${SCREEN.height}x24`,
        'sh',
        '-c',
        'echo "X=$DISPLAY $XAUTHORITY $$"; exec "$0" scripts/start.mjs --browser',
        process.execPath,
      ],
      {
        cwd: resolve('.'),
        env: { ...process.env, TMPDIR: scratch, CHROMIUM_PATH: chromiumPath() },
        detached: true,
      },
    )
    try {
      await expect
        .poll(output, { timeout: 90_000, interval: 250 })
        .toMatch(/Cookie Lab is open in /)
      const [, display, authority, startPid] = /X=(\S+) (\S+) (\d+)/.exec(output()) ?? []
      expect(display).toBeTruthy()
      // The pane's first paint follows the UI's home row; give it a moment to settle.
      await new Promise((done) => setTimeout(done, 1_500))
      mkdirSync(SCREENS_DIR, { recursive: true })
      const file = join(SCREENS_DIR, 'browser-host.png')
      execFileSync('import', ['-display', display!, '-window', 'root', file], {
        env: { ...process.env, XAUTHORITY: authority! },
      })
      expect(pngSize(file)).toEqual(SCREEN)

      // Ctrl+C in the terminal: SIGINT to npm start and the host (Playwright starts Chromium in a
      // process group of its own, so the host closes it). Xvfb stays up until they are done.
      process.kill(Number(startPid), 'SIGINT')
      await exited
      await expect.poll(() => processesMentioning(scratch), { timeout: 15_000 }).toEqual([])
      expect(readdirSync(scratch)).toEqual([])
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 150_000)
})
