// Every verdict held against the real store, in real Chromium: a Set-Cookie line the browser
// names no reason against is not always stored as written. Each case is checked in what
// capture reports, in the store it read, and in the UI a learner reads; the suite-wide property
// in lab-test.ts then checks every "stored" line of every test against the store as well.

import { createServer, type Server } from 'node:net'
import { describe, expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { Exchange } from '../../src/shared/domain'
import { formatFact, formatMessage } from '../../src/shared/messages/format-message'
import { latestComplete, pathOf } from '../support/captured'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { labTest } from '../support/lab-test'

const DAY_S = 24 * 60 * 60

/** The latest complete exchange for PATH (with its query), once capture has it. */
const exchangeFor = (lab: PaneLab, path: string) =>
  latestComplete(lab.capture, (e) => pathOf(e) === path)

/** The exchange as capture shows it once the store has been read after it and all settled. */
async function checked(lab: PaneLab, path: string): Promise<Exchange> {
  const first = await exchangeFor(lab, path)
  await lab.capture.readStore()
  await lab.capture.settled()
  const now = lab.capture.entries().find((entry) => entry.id === first.id)
  if (now?.kind !== 'exchange') throw new Error(`the exchange for ${path} went away`)
  return now
}

const detail = (page: Page) => page.getByRole('region', { name: 'Detail' })
const store = (page: Page) => page.getByRole('region', { name: 'Cookie store' })
const storeRow = (page: Page, name: string) =>
  store(page)
    .getByRole('row')
    .filter({ has: page.locator('.store-name', { hasText: new RegExp(`^${name}$`) }) })

/**
 * A server like Flask's that writes header bytes as Latin-1: `Set-Cookie: utf=café` leaves as
 * the single byte 0xE9 for the é. Node's own HTTP server refuses such a header, so it is raw.
 */
async function latin1Server(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((socket) => {
    socket.once('data', (request: Buffer) => {
      // Only the page sets the cookie: the browser's own /favicon.ico request must not set it
      // again, or the page's line is (rightly) told as replaced before the store was read.
      if (!request.toString('latin1').startsWith('GET /latin1 ')) {
        socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        return
      }
      const head =
        'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n' +
        'Set-Cookie: utf=caf\xe9; Path=/\r\nContent-Length: 20\r\nConnection: close\r\n\r\n'
      socket.end(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from('<h1>Latin-1 app</h1>')]))
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/latin1`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe('a Set-Cookie line the browser stored differently, or not at all, without a reason', () => {
  labTest(
    'Partitioned without Secure over http: not stored, cause inferred and marked so',
    async ({ lab, ui }) => {
      const path = '/set?key=part&value=1&partitioned=1'
      await ui.launchHome()
      await ui.goTo(path)
      const set = await checked(lab, path)
      expect(set.setCookies.map((line) => line.raw)).toEqual(['part=1; Path=/; Partitioned'])
      // Chromium names no reason for it, and its store does not hold it.
      expect(set.setCookies[0]?.outcome).toEqual({
        status: 'notStored',
        inferred: { code: 'inferredPartitionedWithoutSecure' },
      })
      expect(lab.capture.storeAfter(set.id)?.some((c) => c.name === 'part')).toBe(false)
      expect(set.storeChanges).toEqual([])

      const chip = ui.row(path).locator('.chip-set', { hasText: 'part=1' })
      await chip.locator('.inferred-mark').waitFor()
      expect(await chip.locator('.chip-reason').textContent()).toBe(
        'not stored, no reason given; inferred: Partitioned without Secure',
      )
      await ui.row(path).click()
      const note = detail(ui.page).locator('.why-inferred')
      await note.waitFor()
      const text = (await note.textContent()) ?? ''
      expect(text).toContain('the browser gave no reason')
      expect(text).toContain('inferred')
      expect(text).toContain(formatFact({ code: 'inferredPartitionedWithoutSecure' }))
      await ui.screenshot('inferred-refusal')
    },
  )

  labTest(
    'a Latin-1 value: Chromium cuts it at the byte 0xE9, and both are shown',
    async ({ lab, ui }) => {
      const latin1 = await latin1Server()
      try {
        await ui.launchHome()
        await lab.session.navigate(latin1.url)
        const set = await checked(lab, '/latin1')
        expect(set.setCookies[0]?.outcome).toEqual({
          status: 'stored',
          held: [{ code: 'heldValueCut', params: { asked: 'café', held: 'caf', byte: '0xE9' } }],
        })
        expect(lab.capture.storeAfter(set.id)?.find((c) => c.name === 'utf')?.value).toBe('caf')
        // The note on the line says what Chromium does with such bytes, not that it keeps them.
        expect(set.setCookies[0]?.problems).toContainEqual({ code: 'nonAsciiNotUtf8' })
        expect(formatFact({ code: 'nonAsciiNotUtf8' })).toMatch(
          /Chromium keeps the value only up to/,
        )

        const row = ui.row('/latin1')
        const chip = row.locator('.chip-set', { hasText: 'utf=café' })
        await chip.locator('.chip-held', { hasText: 'stored as “caf”' }).waitFor()
        await row.click()
        await detail(ui.page)
          .getByText('The store holds the value “caf”: Chromium cut it at the byte 0xE9', {
            exact: false,
          })
          .waitFor()
      } finally {
        await latin1.close()
      }
    },
  )

  labTest('a 600-day Expires: capped at 400 days, with both dates', async ({ lab, ui }) => {
    const expires = Math.floor(Date.now() / 1000) + 600 * DAY_S
    const path = `/set?key=long&value=1&expires=${expires}`
    await ui.launchHome()
    await ui.goTo(path)
    const set = await checked(lab, path)
    const outcome = set.setCookies[0]?.outcome
    if (outcome?.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(outcome)}`)
    const capped = outcome.held?.find((held) => held.code === 'heldExpiryCapped')
    if (capped?.code !== 'heldExpiryCapped') throw new Error('no cap reported')
    expect(capped.params.asked).toBe(expires * 1000)
    const stored = lab.capture.storeAfter(set.id)?.find((c) => c.name === 'long')
    expect(stored?.expires).not.toBeNull()
    expect(capped.params.held).toBe(Math.round(stored!.expires! * 1000))
    // 400 days after it was set, give or take the seconds the test took.
    expect(Math.abs(capped.params.held - (Date.now() + 400 * DAY_S * 1000))).toBeLessThan(60_000)

    const chip = ui.row(path).locator('.chip-set', { hasText: 'long=1' })
    const badge = chip.locator('.chip-held')
    await badge.waitFor()
    expect(await badge.textContent()).toBe(formatMessage('verdict.capped', capped.params))
    await ui.row(path).click()
    const note = detail(ui.page).locator('.held-note')
    await note.waitFor()
    expect(await note.textContent()).toContain(formatFact(capped))
    await ui.screenshot('capped-expiry')
  })

  labTest(
    'Domain=127.0.0.1: stored host-only, credited to its row, and no script write',
    async ({ lab, ui }) => {
      const path = '/set?key=site&value=1&domain=127.0.0.1'
      await ui.launchHome()
      await ui.goTo(path)
      const set = await checked(lab, path)
      expect(new URL(set.url).hostname).toBe('127.0.0.1')
      expect(
        set.storeChanges.map((c) => [c.type, c.cookie.name, c.cookie.hostOnly, c.cause]),
      ).toEqual([['added', 'site', true, { by: 'response', entryId: set.id }]])
      expect(lab.capture.entries().filter((entry) => entry.kind === 'script-write')).toEqual([])
      expect(set.setCookies[0]?.outcome).toEqual({
        status: 'stored',
        held: [{ code: 'heldHostOnly', params: { asked: '127.0.0.1', host: '127.0.0.1' } }],
      })
      await ui.row(path).locator('.mark-added', { hasText: 'site' }).waitFor()
      expect(await ui.page.getByText('A script wrote a cookie').count()).toBe(0)
    },
  )

  labTest(
    'an inspector cookie with Domain .127.0.0.1 is the edit’s, not a script’s',
    async ({ lab }) => {
      await lab.session.navigate('/')
      await exchangeFor(lab, '/')
      await lab.capture.setCookie({
        name: 'site',
        value: '2',
        domain: '.127.0.0.1',
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: null,
        expires: null,
      })
      await lab.capture.readStore()
      await lab.capture.settled()
      const entries = lab.capture.entries()
      expect(entries.filter((entry) => entry.kind === 'script-write')).toEqual([])
      const edit = entries.find((entry) => entry.kind === 'inspector-edit')
      expect(edit?.storeChanges.map((c) => [c.type, c.cookie.name, c.cookie.domain])).toEqual([
        ['added', 'site', '127.0.0.1'],
      ])
    },
  )
})

describe('the live store’s marks after a cookie is deleted and set again', () => {
  /** Logs in on the pane's form as NAME: the NTH /setcookie row (0 = the first). */
  async function logIn(lab: PaneLab, ui: UiHarness, name: string, nth: number) {
    await lab.session.navigate('/')
    await lab.page.getByLabel('userID').fill(name)
    await lab.page.getByRole('button', { name: 'Login' }).click()
    await ui
      .row('/setcookie', nth)
      .locator('.chip-set', { hasText: `userID=${name}` })
      .waitFor()
  }

  labTest('userID=bob is not marked as changed by the row that set alice', async ({ lab, ui }) => {
    const page = ui.page
    await ui.launchHome()
    await logIn(lab, ui, 'john', 0)
    await logIn(lab, ui, 'alice', 1)
    const aliceRow = ui.row('/setcookie', 1)
    const aliceLabel = (await aliceRow.locator('.row-seq').textContent()) ?? ''
    await aliceRow.click()
    const pill = storeRow(page, 'userID').locator('.pill')
    await pill.waitFor()
    expect(await pill.textContent()).toBe(`changed by ${aliceLabel}`)

    await page.getByRole('button', { name: 'Delete userID' }).click()
    await storeRow(page, 'userID').waitFor({ state: 'detached' })
    await logIn(lab, ui, 'bob', 2)
    await storeRow(page, 'userID').locator('.store-value', { hasText: 'bob' }).waitFor()
    await lab.capture.settled()
    // The row that set alice did not make bob: the live cookie carries no mark of it.
    expect(await pill.count()).toBe(0)
    const bobSet = await exchangeFor(lab, '/setcookie')
    expect(bobSet.storeChanges.map((c) => [c.type, c.cookie.value, c.cause])).toEqual([
      ['added', 'bob', { by: 'response', entryId: bobSet.id }],
    ])
  })
})
