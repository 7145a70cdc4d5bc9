// The lesson player, end to end: the real built renderer in real Chromium, the real LabSession
// running each step's action in a real pane against the real tutorial server, and the checks read
// live in the UI from what capture really saw. Driven as a teacher drives it (the Lessons button,
// the player's buttons, the keys, a file dropped on the window), found by role and accessible
// name. Screenshots of a step, the predict prompt, the reveal and Presenter at 1280×720 go to
// test-results/screens/.

import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { expectNoSeriousAxeViolation } from '../support/axe-check'
import { dropFile } from '../support/file-drop'
import { openUiPerTest } from '../support/lab-test'
import { layoutFaults, settled } from '../support/layout-check'
import { allChecksPassed, lessonPanel, runLessonStep } from '../support/lesson-steps'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  ;({ lab, ui } = opened)
  page = ui.page
})

const panel = () => lessonPanel(page)
const store = () => page.getByRole('region', { name: 'Cookie store' })
const button = (name: string | RegExp) => panel().getByRole('button', { name })
const progress = () => panel().locator('.lesson-progress-words')
const checks = () => panel().locator('.lesson-checks')

async function openLesson(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click()
  await panel()
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click()
}

async function startLessonOne(): Promise<void> {
  await ui.launchHome()
  await openLesson('Set, get, delete')
  await panel().getByText("This lesson reaches only the tutorial's own hosts.").waitFor()
  await button('Start').click()
  await expect.poll(() => progress().textContent()).toBe('Step 1 of 5')
}

/** Answers the step's question with PICK (when given), runs the step, waits for its checks. */
const runStep = (pick?: string) => runLessonStep(page, pick)

const badges = (root: Locator) => root.locator('.check-badge').allTextContents()

describe('the lesson player', () => {
  it('steps through lesson 1 with "Run this step": every step’s checks pass, predictions are revealed', async () => {
    await startLessonOne()
    // Step 1: its checks read live; the store-lacks check already holds before the step runs.
    expect(await badges(checks())).toEqual(['not yet', 'passed'])
    await runStep()
    expect(await badges(checks())).toEqual(['passed', 'passed'])
    await panel().getByText('The step ran.').waitFor()
    await ui.screenshot('lesson-step')

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => progress().textContent()).toBe('Step 2 of 5')
    // The question comes first; its checks would give the answer away, and nothing can run yet.
    await panel().getByText("After Login, what will the browser's cookie store hold?").waitFor()
    expect(await checks().count()).toBe(0)
    expect(await button('Run this step').count()).toBe(0)
    await ui.screenshot('lesson-predict')
    await expectNoSeriousAxeViolation(page, 'the predict prompt')
    await button('Nothing, the form only sends data').click()
    await panel().getByText('The room said: Nothing, the form only sends data').waitFor()
    await button('Run this step').click()
    const reveal = panel().getByRole('region', { name: 'Reveal' })
    await reveal.waitFor({ timeout: 20_000 })
    expect(await reveal.textContent()).toContain('The answer: A cookie userID=alice')
    expect(await reveal.textContent()).toContain(
      'The room said “Nothing, the form only sends data”',
    )
    expect(await badges(checks())).toEqual(['passed', 'passed', 'passed'])
    // The cookie the step set is in the store, as the checks say.
    await store().getByRole('row').filter({ hasText: 'userID' }).first().waitFor()
    await ui.screenshot('lesson-reveal')

    await button(/^Next/).click()
    await runStep('Yes, the browser sends it without being asked')
    await panel().getByText('The room was right.').waitFor()
    await button(/^Next/).click()
    await runStep()
    await button(/^Next/).click()
    await runStep('No')
    await panel().getByText('The room was right.').waitFor()
    await expect.poll(() => progress().textContent()).toBe('Step 5 of 5')
    await panel().getByText('This is the last step.').waitFor()
    expect(await button(/^Next/).isDisabled()).toBe(true)
  }, 120_000)

  it('Reset empties the store, starts the timeline fresh (nothing deleted) and goes back to step 1', async () => {
    await startLessonOne()
    await runStep()
    await page.keyboard.press('ArrowRight')
    await runStep('A cookie userID=alice')
    await store().getByRole('row').filter({ hasText: 'userID' }).first().waitFor()
    const rowsBefore = await page.locator('#timeline-list').getByRole('option').count()
    expect(rowsBefore).toBeGreaterThanOrEqual(2)

    await page.keyboard.press('r')
    await expect.poll(() => progress().textContent()).toBe('Step 1 of 5')
    await store().getByText('The store is empty.').waitFor()
    // The pane's real store, not only the inspector's picture of it.
    expect(await lab.context.cookies()).toEqual([])
    const note = page.getByRole('note').filter({ hasText: 'earlier' })
    await note.waitFor()
    expect(await note.textContent()).toMatch(/\d+ earlier entries are hidden/)
    // Whatever the Reset left in the list (the store being cleared) came after it.
    await expect
      .poll(() => page.locator('#timeline-list').getByRole('option').count())
      .toBeLessThan(rowsBefore)
    await ui.row('/setcookie').waitFor({ state: 'detached' })
    await ui.screenshot('lesson-reset')

    // The room starts clean: step 1 passes again on what happens now, not on what came before.
    await runStep()
    await note.getByRole('button', { name: 'Show them' }).click()
    await ui.row('/setcookie').waitFor()
    await note.waitFor({ state: 'detached' })
  }, 90_000)

  it('"Let me do it": the learner logs in through the pane, the checks follow, the reveal comes', async () => {
    await startLessonOne()
    await runStep()
    await button(/^Next/).click()
    await button('Skip the question').click()
    await button('Let me do it').click()
    await panel().getByText('Your turn: do it in the browser pane.', { exact: false }).waitFor()
    expect(await badges(checks())).toContain('not yet')
    await ui.logIn('bob')
    // The learner typed bob, the lesson expects alice: the checks say what was seen instead.
    await checks().getByText('seen: stored, with the value "bob"', { exact: false }).waitFor()
    expect(await panel().getByRole('region', { name: 'Reveal' }).count()).toBe(0)
    await ui.goTo('/')
    await lab.page.getByLabel('userID').fill('alice')
    await lab.page.getByRole('button', { name: 'Login' }).click()
    await allChecksPassed(page).waitFor()
    const reveal = panel().getByRole('region', { name: 'Reveal' })
    await reveal.waitFor()
    expect(await reveal.textContent()).toContain('The room did not predict.')
  }, 90_000)

  it('takes → and ← for Next and Back, but not while the learner types in a field', async () => {
    await startLessonOne()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => progress().textContent()).toBe('Step 2 of 5')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => progress().textContent()).toBe('Step 1 of 5')
    const filter = page.getByLabel('Filter by cookie name')
    await filter.click()
    await page.keyboard.type('r')
    await page.keyboard.press('ArrowRight')
    expect(await filter.inputValue()).toBe('r')
    expect(await progress().textContent()).toBe('Step 1 of 5')
  })

  it('opens a lesson file: a good one shows its hosts before it runs, a bad one dropped on the window gets its problems', async () => {
    await ui.launchHome()
    await page.getByRole('button', { name: 'Lessons', exact: true }).click()
    await panel()
      .getByRole('button', { name: /^Set, get, delete/ })
      .waitFor()
    await panel()
      .getByLabel('Open a lesson file…')
      .setInputFiles({ name: 'own-flask.yaml', mimeType: 'text/yaml', buffer: Buffer.from(GOOD) })
    await panel().getByText('Beyond the tutorial, this lesson reaches this host:').waitFor()
    expect(await panel().locator('.lesson-hosts code').textContent()).toBe('localhost:5000')
    // The lesson's own texts are text, never HTML.
    expect(await panel().locator('.lesson-text').textContent()).toBe('<b>Your</b> own Flask app.')
    expect(await panel().locator('.lesson-text b').count()).toBe(0)

    await dropFile(page, 'broken.yaml', BAD)
    const trouble = panel().getByRole('alert')
    await trouble.waitFor()
    expect(await trouble.textContent()).toContain(
      'broken.yaml is not a lesson Cookie Lab can play: one problem.',
    )
    expect(await trouble.textContent()).toMatch(
      /broken\.yaml:\d+:\d+: steps\[0\]\.action\.kind: "teleport" is not one of/,
    )
    // Nothing else of the app went: the timeline and the pane are as they were.
    await ui.row('/').waitFor()
  })

  it('fits 1280×720 with a step on screen, normal and in Presenter', async () => {
    await startLessonOne()
    await runStep()
    await page.keyboard.press('ArrowRight')
    await button('A cookie userID=alice').click()
    await button('Run this step').click()
    await panel().getByRole('region', { name: 'Reveal' }).waitFor({ timeout: 20_000 })
    await page.setViewportSize({ width: 1280, height: 720 })
    for (const presenter of [false, true]) {
      const toggle = page.getByRole('button', { name: 'Presenter' })
      if ((await toggle.getAttribute('aria-pressed')) !== String(presenter)) await toggle.click()
      await settled(page)
      expect(await layoutFaults(page), presenter ? 'presenter' : 'normal').toEqual([])
      // Where the room is in the lesson stays in view (Presenter hides other counts).
      expect(await progress().isVisible()).toBe(true)
      // The step's controls and the reveal stay reachable: the nav bar is on screen.
      const nav = await panel().locator('.lesson-nav').boundingBox()
      expect(nav && nav.y + nav.height).toBeLessThanOrEqual(720)
      await ui.screenshot(presenter ? 'lesson-presenter-1280x720' : 'lesson-normal-1280x720')
      // In Presenter the spotlight dims the rest of the window on purpose: the panel is judged.
      await expectNoSeriousAxeViolation(
        page,
        presenter ? 'reveal, presenter' : 'reveal',
        presenter ? '#lesson-panel' : undefined,
      )
    }
    // A dim room: the same in the dark theme.
    await page.getByRole('button', { name: 'Dark', exact: true }).click()
    await settled(page)
    expect(await layoutFaults(page), 'presenter, dark').toEqual([])
    await ui.screenshot('lesson-presenter-dark-1280x720')
    await expectNoSeriousAxeViolation(page, 'reveal, presenter, dark', '#lesson-panel')
  }, 90_000)
})

const GOOD = `format: 1
id: own-flask
title: Your own Flask app
summary: <b>Your</b> own Flask app.
languages: [en]
hosts: [localhost:5000]
steps:
  - id: visit
    title: Visit it
    text: Open your app.
    action: { kind: learner }
    checks: []
`

const BAD = `format: 1
id: broken
title: Broken
summary: A lesson with an action no app can do.
languages: [en]
steps:
  - id: beam
    title: Beam me up
    text: Teleport.
    action: { kind: teleport }
    checks: []
`
