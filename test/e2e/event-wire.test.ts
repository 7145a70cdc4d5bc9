// The host's events on the wire (src/shared/event-wire.ts) in the real UI: after the first time,
// an entry or the store crosses as what changed, and a UI that reloads says `ready` and is sent
// everything whole again. Were the host to go on sending changes of what the old page held, the
// new page could apply none of them, and its store and rows would stop where the snapshot left
// them.

import { describe, expect } from 'vitest'
import { labTest } from '../support/lab-test'

describe('events on the wire', () => {
  labTest(
    'keep a reloaded UI current: its store and rows follow what happens next',
    async ({ lab, ui }) => {
      const { page } = ui
      const storeCount = () => page.locator('.store-panel .panel-count').textContent()
      await ui.launchHome()
      await ui.goTo('/set?key=first&value=1')
      await ui.row('/set?key=first&value=1').waitFor()
      await expect.poll(storeCount).toBe('1 cookie')

      await page.reload()
      await ui.row('/set?key=first&value=1').waitFor()
      await ui.goTo('/set?key=second&value=2')
      await ui.goTo('/set?key=first&value=changed')
      // The store, first sent whole before the reload, now holds both, with first's new value.
      await expect.poll(storeCount).toBe('2 cookies')
      const store = page.locator('.store-panel')
      await expect
        .poll(() => store.locator('tr.store-row', { hasText: 'first' }).textContent())
        .toContain('changed')
      // Each new row shows its response: the changes after its request were applied.
      for (const path of ['/set?key=second&value=2', '/set?key=first&value=changed']) {
        await expect.poll(() => ui.row(path).textContent()).toContain('200')
      }
      expect(
        lab.capture
          .store()
          .map((cookie) => cookie.name)
          .sort(),
      ).toEqual(['first', 'second'])
    },
  )
})
