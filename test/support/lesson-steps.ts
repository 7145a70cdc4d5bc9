// Running a lesson step from the player's panel, as a teacher does, for the end-to-end tests: one
// place that waits for the step's checks and, when they do not pass, says what the panel showed
// (the run's error, each check's verdict and what it saw) rather than only "timed out".

import type { Page } from 'playwright-core'

/** The lesson player's panel. */
export const lessonPanel = (page: Page) => page.getByRole('region', { name: 'Lesson' })

/** The checks' "Every check passed." line, shown once all of the step's checks pass. */
export const allChecksPassed = (page: Page) =>
  lessonPanel(page).locator('.lesson-checks').getByText('Every check passed.')

/** Runs the step on screen (answering its question with PICK first, when it asks one). */
export async function runLessonStep(page: Page, pick?: string): Promise<void> {
  const panel = lessonPanel(page)
  if (pick) await panel.getByRole('button', { name: pick }).click()
  await panel.getByRole('button', { name: 'Run this step' }).click()
  const passed = allChecksPassed(page)
  const failed = panel.locator('.lesson-acting [role="alert"]')
  try {
    await passed.or(failed).first().waitFor({ timeout: 20_000 })
  } catch (error) {
    throw new Error(`The step's checks did not pass. ${await panelWords(page)}`, { cause: error })
  }
  if (!(await passed.isVisible())) {
    throw new Error(`The step's action failed. ${await panelWords(page)}`)
  }
}

/** What the panel says about the step now: its status, its error and its checks. */
async function panelWords(page: Page): Promise<string> {
  const text = await lessonPanel(page)
    .locator('.lesson-acting, .lesson-checks')
    .allInnerTexts()
    .catch(() => [])
  return `The panel said: ${text.join(' | ').replace(/\s+/g, ' ').trim() || '(nothing)'}`
}
