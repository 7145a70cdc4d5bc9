// How the browser hosts start Chromium: with the thread priorities a user's Chromium has.
//
// Chromium raises its browser and GPU processes to nice -8 when the system lets it. As a user it
// cannot (that needs CAP_SYS_NICE). As root on Linux it can, and does: measured with Chromium
// 156, every thread of both processes ran at -8, the pages' renderers at 0. A thread at -8
// weighs about seven times one at 0 with the scheduler (7,620 to 1,024). So in a burst of
// traffic, while the browser's main thread worked through the pane's requests, the UI page's
// main thread got a small share of the core they met on: a task of 20 ms of the UI's own work
// took 150-200 ms.
//
// Root is where containers, CI and this project's machines run the app, so there the hosts
// start Chromium without that capability, through util-linux's `setpriv`, and it runs its
// threads as it does for a user. Where `setpriv` is missing, or Chromium will not start through
// it, Chromium starts as it is, and the log says so.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'
import { rootOnLinux } from './browser-flags'
import { firstLineOf } from '../shared/error-message'

/** What decides how Chromium starts, read from the running system by `thisSystem`. */
export interface SystemFacts {
  platform: NodeJS.Platform
  /** The effective user id; null where there is none (Windows). */
  uid: number | null
  /** util-linux's setpriv, if it is on the PATH. */
  setpriv: string | null
  /** Where the wrapper's folder goes (the system's temporary folder). */
  scratch: string
}

export type LaunchPlan =
  | { kind: 'as-is'; note: string | null }
  | { kind: 'without-priority-rights'; setpriv: string; scratch: string }

/** Chromium started unchanged (the bench compares it with the hosts' launch). */
export const AS_IS: LaunchPlan = { kind: 'as-is', note: null }

/** As root on Linux, drop CAP_SYS_NICE if `setpriv` is there; everywhere else, start as is. */
export function launchPlan(system: SystemFacts): LaunchPlan {
  if (!rootOnLinux(system.platform, system.uid)) return AS_IS
  if (system.setpriv === null) {
    return {
      kind: 'as-is',
      note: "setpriv was not found: Chromium, run as root, will give its own threads priority over the UI's page",
    }
  }
  return { kind: 'without-priority-rights', setpriv: system.setpriv, scratch: system.scratch }
}

export function thisSystem(env: NodeJS.ProcessEnv = process.env): SystemFacts {
  const setpriv =
    (env.PATH ?? '')
      .split(delimiter)
      .filter((dir) => dir !== '')
      .map((dir) => join(dir, 'setpriv'))
      .find((path) => existsSync(path)) ?? null
  return {
    platform: process.platform,
    uid: process.geteuid?.() ?? null,
    setpriv,
    scratch: tmpdir(),
  }
}

// Playwright starts the executable it is given with its own arguments, so the wrapper is a file:
// a shell script that execs setpriv, which execs Chromium, all in one process (the pipe
// Playwright drives Chromium through stays open across both execs). It names no path itself:
// both come in its environment, and are taken out of it before Chromium starts.
const WRAPPER = `#!/bin/sh
setpriv=$COOKIE_LAB_SETPRIV
browser=$COOKIE_LAB_CHROMIUM
unset COOKIE_LAB_SETPRIV COOKIE_LAB_CHROMIUM
exec "$setpriv" --inh-caps=-sys_nice --bounding-set=-sys_nice -- "$browser" "$@"
`

export interface ChromiumLaunchOptions extends LaunchOptions {
  executablePath: string
  log?: (message: string) => void
}

/** `chromium.launch`, with this system's plan; tests and the bench pass a plan of their own. */
export async function launchChromium(
  options: ChromiumLaunchOptions,
  plan: LaunchPlan = launchPlan(thisSystem()),
): Promise<Browser> {
  const { log = () => undefined, ...launchOptions } = options
  if (plan.kind === 'as-is') {
    if (plan.note) log(plan.note)
    return chromium.launch(launchOptions)
  }
  const folder = await mkdtemp(join(plan.scratch, 'cookie-lab-chromium-'))
  const removeFolder = () => rm(folder, { recursive: true, force: true }).catch(() => undefined)
  try {
    const wrapper = join(folder, 'chromium')
    await writeFile(wrapper, WRAPPER, { mode: 0o700 })
    const browser = await chromium.launch({
      ...launchOptions,
      executablePath: wrapper,
      env: {
        ...(launchOptions.env ?? process.env),
        COOKIE_LAB_SETPRIV: plan.setpriv,
        COOKIE_LAB_CHROMIUM: options.executablePath,
      },
    })
    // Chromium has replaced the script in its process by now: nothing reads it again.
    await removeFolder()
    return browser
  } catch (error) {
    // A temporary folder mounted noexec, a setpriv that refuses: Chromium as it is still works.
    await removeFolder()
    log(
      `Chromium did not start through setpriv (${firstLineOf(error)}); starting it as it is, with its own threads given priority over the UI's page`,
    )
    // A Chromium that will not start at all fails both ways: say so, not that setpriv failed.
    return chromium.launch(launchOptions).catch((plain: unknown) => {
      throw new Error(
        `Chromium did not start, neither through setpriv (${firstLineOf(error)}) nor as it is: ${firstLineOf(plain)}`,
        { cause: plain },
      )
    })
  }
}
