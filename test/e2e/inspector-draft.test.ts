// A half-typed edit in the store inspector survives what a learner does next: selecting an older
// timeline row (time travel shows a read-only past store), coming back to live, and a page
// removing the very cookie being edited. Real renderer, real tutorial server, real Chromium.

import { describe, expect } from 'vitest'
import type { Page } from 'playwright-core'
import { labTest } from '../support/lab-test'
import type { UiHarness } from '../support/lab-harness'
import { formatMessage } from '../../src/shared/messages/format-message'

const store = (page: Page) => page.getByRole('region', { name: 'Cookie store' })
const storeRow = (page: Page, name: string) =>
  store(page)
    .getByRole('row')
    .filter({ has: page.locator('.store-name', { hasText: new RegExp(`^${name}$`) }) })

/**
 * alice logged in, then /cookies (username=root): two rows that changed the store; then TEXT is
 * typed as userID's new value, and not saved.
 */
async function editingUserId(ui: UiHarness, text: string): Promise<void> {
  await ui.launchHome()
  await ui.logIn('alice')
  await ui.goTo('/cookies')
  await ui.row('/cookies').locator('.mark', { hasText: 'username' }).waitFor()
  await storeRow(ui.page, 'username').waitFor()
  await storeRow(ui.page, 'userID')
    .getByRole('button', { name: 'Edit the value of userID' })
    .click()
  await ui.page.getByLabel('New value for userID').fill(text)
}

describe('half-typed inspector edits', () => {
  labTest(
    'an edit and the add form keep their text through time travel and back',
    async ({ ui }) => {
      const page = ui.page
      await editingUserId(ui, 'bo')
      await store(page).getByRole('button', { name: 'Add cookie' }).click()
      const form = page.getByRole('form', { name: 'Add a cookie' })
      await form.getByLabel('Name').fill('lang')
      await form.getByLabel('Value').fill('f')

      // Another row: the store as it was after /setcookie, where nothing can be edited.
      await ui.row('/setcookie').click()
      await store(page).getByText('Showing the store as it was after').waitFor()
      const kept = store(page).locator('.store-drafts-kept')
      expect(await kept.textContent()).toContain(
        formatMessage('inspector.draft.editKept', { name: 'userID', value: 'bo' }),
      )
      expect(await kept.textContent()).toContain(
        formatMessage('inspector.draft.addKept', undefined),
      )
      await ui.screenshot('inspector-draft-kept-in-the-past')

      // Back on the newest row: both drafts as they were left.
      await ui.row('/cookies').click()
      await store(page)
        .getByText('Showing the store as it was after')
        .waitFor({ state: 'detached' })
      expect(await page.getByLabel('New value for userID').inputValue()).toBe('bo')
      expect(await form.getByLabel('Name').inputValue()).toBe('lang')
      expect(await form.getByLabel('Value').inputValue()).toBe('f')

      // A theme or Presenter switch redraws everything, and takes nothing typed away.
      await page.getByRole('button', { name: 'Dark', exact: true }).click()
      await page.getByRole('button', { name: 'Presenter' }).click()
      expect(await page.getByLabel('New value for userID').inputValue()).toBe('bo')
      expect(await form.getByLabel('Name').inputValue()).toBe('lang')

      // And they still save: nothing was sent while they waited.
      await page.getByLabel('New value for userID').press('Enter')
      await expect
        .poll(() => storeRow(page, 'userID').locator('.store-value').textContent())
        .toBe('bo')
    },
  )

  labTest(
    'an edit whose cookie a page removed stays, says so, and can put it back',
    async ({ ui }) => {
      const page = ui.page
      await editingUserId(ui, 'carol')

      await ui.goTo('/deletecookie')
      await ui.row('/deletecookie').locator('.mark-removed', { hasText: 'userID' }).waitFor()
      // The text is still there, and the inspector says where the cookie went.
      expect(await page.getByLabel('New value for userID').inputValue()).toBe('carol')
      const gone = store(page).getByRole('group', { name: 'Unsaved value' })
      await gone
        .getByText(formatMessage('inspector.draft.cookieGone', { name: 'userID' }))
        .waitFor()
      expect(await gone.getByLabel('New value for userID').inputValue()).toBe('carol')
      await ui.screenshot('inspector-draft-cookie-gone')

      await gone.getByRole('button', { name: 'Save' }).click()
      await expect
        .poll(() => storeRow(page, 'userID').locator('.store-value').textContent())
        .toBe('carol')
      await gone.waitFor({ state: 'detached' })
    },
  )
})
