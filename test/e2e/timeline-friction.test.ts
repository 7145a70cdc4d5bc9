// The timeline as a class follows it, in the real UI over real Chromium: row numbers that skip
// say why, a very long URL keeps its row short (whole in the detail and on hover), and the name
// filter answers "which row set this cookie", not only which rows sent it.

import { describe, expect } from 'vitest'
import { labTest } from '../support/lab-test'
import { burstPath } from '../support/traffic-burst'

const numberOf = async (row: { locator(s: string): { textContent(): Promise<string | null> } }) =>
  (await row.locator('.row-seq').textContent()) ?? ''

describe('the timeline a class follows', () => {
  labTest(
    'keeps every row its number, and says where numbers skip and why',
    async ({ lab, ui }) => {
      await ui.launchHome()
      await ui.logIn('alice')
      await ui.goTo('/getcookie')
      await ui.row('/getcookie').waitFor()
      await lab.capture.settled()
      const { page } = ui
      const entries = lab.capture.entries()
      const assets = entries.filter((e) => e.kind === 'exchange' && e.isAsset)
      // The pages' favicon requests are the assets the timeline hides by default.
      expect(assets.length).toBeGreaterThan(0)
      const firstAsset = assets[0]!
      const after = entries.find((e) => e.seq > firstAsset.seq && !assets.includes(e))!
      const afterRow = page.locator(`[data-entry-id="${after.id}"]`)
      await afterRow.waitFor()
      const skip = afterRow.locator('.row-skip')
      expect(await skip.textContent()).toMatch(new RegExp(`^#${firstAsset.seq}(–#\\d+)? hidden$`))
      expect(await skip.getAttribute('title')).toMatch(/asset request.*Show assets/)

      // Shown, the assets take their own numbers, and the note goes.
      const getNumber = await numberOf(ui.row('/getcookie'))
      await page.getByLabel(/Show assets/).check()
      await page.locator(`[data-entry-id="${firstAsset.id}"]`).waitFor()
      expect(await numberOf(page.locator(`[data-entry-id="${firstAsset.id}"]`))).toBe(
        `#${firstAsset.seq}`,
      )
      expect(await afterRow.locator('.row-skip').count()).toBe(0)
      await page.getByLabel(/Show assets/).uncheck()

      // A filter hides rows but renumbers none: "#N" stays the row the teacher means.
      await page.getByLabel('Filter by cookie name').fill('userID')
      await expect.poll(() => numberOf(ui.row('/getcookie'))).toBe(getNumber)
      await expect
        .poll(() => ui.row('/setcookie').locator('.row-skip').getAttribute('title'))
        .toMatch(/name filter hides/)
    },
  )

  labTest(
    'cuts a 5,000-character URL in its row, whole on hover and in the detail',
    async ({ lab, ui }) => {
      await ui.launchHome()
      const tail = 'x'.repeat(5000)
      const path = `/getcookie?pad=${tail}&end=here`
      await lab.session.navigate(path)
      const { page } = ui
      const row = page.getByRole('option').filter({ hasText: '&end=here' })
      await row.waitFor()
      const shown = (await row.locator('.row-path').textContent()) ?? ''
      expect(shown.length).toBeLessThanOrEqual(72)
      expect(shown).toMatch(/^\/getcookie\?pad=x+…x*&end=here$/)
      expect(await row.locator('.row-path').getAttribute('title')).toBe(lab.url(path))
      // At most two lines of path (the old row was about 90).
      const lines = await row
        .locator('.row-path')
        .evaluate(
          (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
        )
      expect(lines).toBeLessThanOrEqual(2.1)
      await ui.screenshot('timeline-long-url')
      await row.click()
      const detail = page.getByRole('region', { name: 'Detail' })
      await expect.poll(async () => (await detail.textContent())?.includes(tail)).toBe(true)
    },
  )

  labTest(
    'finds the rows that set, changed or removed a cookie, not every row that sent it',
    async ({ lab, ui }) => {
      await ui.launchHome()
      await ui.logIn('alice')
      for (let i = 0; i < 3; i += 1) {
        await lab.page.goto(lab.url('/getcookie'))
      }
      await lab.page.goto(lab.url('/set?key=userID&value=bob'))
      await ui.row('/set?key=userID&value=bob').waitFor()
      const { page } = ui
      const paths = () => page.locator('[role="option"] .row-path').allTextContents()
      await page.getByLabel('Filter by cookie name').fill('userid')
      await expect
        .poll(async () => (await paths()).filter((p) => p === '/getcookie').length)
        .toBe(3)
      await page.getByLabel('Set or changed').check()
      await expect.poll(paths).toEqual(['/setcookie', '/set?key=userID&value=bob'])
      // A name no row changed: the empty list says which question it answered.
      await page.getByLabel('Filter by cookie name').fill('nosuch')
      await page.getByText('No row set, changed or removed a cookie named “nosuch”.').waitFor()
    },
  )

  labTest(
    'clears the filter straight to the newest rows, drawing each once',
    async ({ lab, ui }) => {
      await ui.launchHome()
      // Each request sets one more cookie: the rows outgrow the list several times over.
      const requests = 25
      for (let i = 0; i < requests; i += 1) await lab.page.goto(lab.url(burstPath(i)))
      await ui.row(burstPath(requests - 1)).waitFor()
      const { page } = ui
      const filter = page.getByLabel('Filter by cookie name')
      // The row that set k20 and the four after it that sent it: a short list, at its bottom.
      await filter.fill('k20')
      await expect.poll(() => page.locator('#timeline-list [data-entry-id]').count()).toBe(5)
      await page.evaluate(() => {
        const seen = { added: [] as string[], removed: [] as string[] }
        const ids = (nodes: NodeList) =>
          [...nodes].flatMap((n) =>
            n instanceof HTMLElement && n.dataset['entryId'] ? [n.dataset['entryId']] : [],
          )
        new MutationObserver((records) => {
          for (const r of records) {
            seen.added.push(...ids(r.addedNodes))
            seen.removed.push(...ids(r.removedNodes))
          }
        }).observe(document.querySelector('#timeline-list')!, { childList: true, subtree: true })
        ;(window as unknown as { __rows: typeof seen }).__rows = seen
      })
      await filter.fill('')
      await ui.row(burstPath(requests - 1)).waitFor()
      // Two frames for any late render to land.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      )
      const { added, removed, shown } = await page.evaluate(() => {
        const seen = (window as unknown as { __rows: { added: string[]; removed: string[] } })
          .__rows
        const rows = document.querySelectorAll<HTMLElement>('#timeline-list [data-entry-id]')
        return { ...seen, shown: [...rows].map((row) => row.dataset['entryId']!) }
      })
      // No row drawn at the filtered list's old offset and dropped again, and none of the rows
      // now shown taken out and drawn anew: the rows at the bottom, drawn once.
      expect(added.filter((id) => !shown.includes(id))).toEqual([])
      expect(removed.filter((id) => shown.includes(id))).toEqual([])
      expect(shown.length).toBeGreaterThan(5)
    },
  )
})
