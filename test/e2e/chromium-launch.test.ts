// How the hosts start Chromium (src/browser-host/chromium-launch.ts): as root on Linux, without
// the right to raise its own threads' priority, so the UI's page is not outweighed by the
// browser's threads. Checked on real Chromium processes, read from /proc.

import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import {
  AS_IS,
  launchChromium,
  launchPlan,
  thisSystem,
  type LaunchPlan,
} from '../../src/browser-host/chromium-launch'
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium'

const ROOT_ON_LINUX = {
  platform: 'linux',
  uid: 0,
  setpriv: '/usr/bin/setpriv',
  scratch: '/tmp',
} as const

describe('launchPlan', () => {
  it('drops the right to raise priorities only as root on Linux', () => {
    expect(launchPlan(ROOT_ON_LINUX)).toEqual({
      kind: 'without-priority-rights',
      setpriv: '/usr/bin/setpriv',
      scratch: '/tmp',
    })
    expect(launchPlan({ ...ROOT_ON_LINUX, uid: 1000 })).toEqual({ kind: 'as-is', note: null })
    expect(launchPlan({ ...ROOT_ON_LINUX, platform: 'darwin' })).toEqual({
      kind: 'as-is',
      note: null,
    })
  })

  it('says so when setpriv is missing as root', () => {
    const plan = launchPlan({ ...ROOT_ON_LINUX, setpriv: null })
    expect(plan.kind).toBe('as-is')
    expect(plan.kind === 'as-is' && plan.note).toMatch(/setpriv was not found/)
  })

  it('finds setpriv on the PATH, and only there', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-setpriv-'))
    try {
      expect(thisSystem({ PATH: empty }).setpriv).toBeNull()
      const found = thisSystem({ PATH: `${empty}:/usr/bin:/bin` }).setpriv
      expect(found).toMatch(/\/setpriv$/)
    } finally {
      await rm(empty, { recursive: true })
    }
  })
})

/** Pids of this process's children now. */
async function children(): Promise<Set<number>> {
  const pids = new Set<number>()
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[1]) === process.pid) pids.add(Number(name))
  }
  return pids
}

/** The nice value of every thread of process PID. */
async function threadNices(pid: number): Promise<number[]> {
  const nices: number[] = []
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '')
    if (stat === '') continue
    nices.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]))
  }
  return nices
}

describe('launchChromium in real Chromium', () => {
  const opened: Browser[] = []
  const scratchFolders: string[] = []
  afterEach(async () => {
    for (const browser of opened.splice(0)) await browser.close()
    for (const folder of scratchFolders.splice(0))
      await rm(folder, { recursive: true, force: true })
  })

  /** Launches with PLAN; answers the browser and its process's threads' nice values. */
  async function launch(plan: LaunchPlan, log?: (m: string) => void) {
    const before = await children()
    const browser = await launchChromium(
      { executablePath: chromiumPath(), args: CHROMIUM_ARGS, log },
      plan,
    )
    opened.push(browser)
    const started = [...(await children())].filter((pid) => !before.has(pid))
    expect(started).toHaveLength(1)
    return { browser, nices: await threadNices(started[0]!) }
  }

  async function scratch(): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'chromium-launch-test-'))
    scratchFolders.push(folder)
    return folder
  }

  // Chromium can raise its threads where this process could: as root holding CAP_SYS_NICE (a
  // container's root often lacks it).
  const CAP_SYS_NICE = 23n
  const effective = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
  const canRaise =
    process.geteuid?.() === 0 &&
    effective !== null &&
    (BigInt(`0x${effective[1]}`) >> CAP_SYS_NICE) % 2n === 1n

  it("runs the browser's threads at a user's priority, and leaves no wrapper behind", async () => {
    const folder = await scratch()
    const { nices } = await launch(launchPlan({ ...thisSystem(), scratch: folder }))
    // As root or not, nothing of the browser process outranks a page.
    expect(Math.min(...nices)).toBe(0)
    expect(await readdir(folder)).toEqual([])
  })

  it('the reason: Chromium started as it is raises its own threads, as root', async () => {
    // The same Chromium started as it is. If Chromium ever stops raising its threads, this
    // fails, and chromium-launch.ts can go.
    const { nices } = await launch(AS_IS)
    expect(Math.min(...nices)).toBe(canRaise ? -8 : 0)
  })

  it('starts Chromium as it is, and says why, when setpriv refuses', async () => {
    const messages: string[] = []
    const folder = await scratch()
    const plan = launchPlan({ ...ROOT_ON_LINUX, setpriv: '/bin/false', scratch: folder })
    const { browser } = await launch(plan, (m) => messages.push(m))
    expect(browser.isConnected()).toBe(true)
    expect(messages.join('\n')).toMatch(/did not start through setpriv/)
    expect(await readdir(folder)).toEqual([])
  })

  it('says both ways failed when Chromium will not start at all', async () => {
    const folder = await scratch()
    const missing = join(folder, 'no-chromium-here')
    const plan = launchPlan({
      ...ROOT_ON_LINUX,
      setpriv: thisSystem().setpriv ?? '/bin/false',
      scratch: folder,
    })
    await expect(
      launchChromium({ executablePath: missing, args: CHROMIUM_ARGS }, plan),
    ).rejects.toThrow(/neither through setpriv \(.+\) nor as it is: .*no-chromium-here/)
    expect(await readdir(folder)).toEqual([])
  })
})
