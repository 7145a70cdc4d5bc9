// Accessibility of the desktop UI in the same real Chromium run as the rest: axe-core over the
// main states of the real built renderer, every interactive control named as Chromium's own
// accessibility tree computes it, and the Tab key reaching the address bar, the timeline and
// the inspector.

import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Protocol } from 'devtools-protocol'
import type { PaneLab, UiHarness } from '../support/lab-harness'
import { openUiPerTest } from '../support/lab-test'
import { expectNoSeriousAxeViolation } from '../support/axe-check'

let lab: PaneLab
let ui: UiHarness
let page: Page

openUiPerTest((opened) => {
  lab = opened.lab
  ui = opened.ui
  page = ui.page
})

const expectNoSeriousViolation = (state: string) => expectNoSeriousAxeViolation(page, state)

const detail = () => ui.detail
const store = () => page.getByRole('region', { name: 'Cookie store' })

/** After a set, with its row selected and the detail open. */
async function setRowSelected(): Promise<void> {
  await ui.launchHome()
  await ui.logIn('alice')
  await ui.row('/setcookie').click()
  await detail().getByRole('figure', { name: 'Response headers, as on the wire' }).waitFor()
}

describe('axe-core finds no serious or critical violation', () => {
  it('in the empty start, before the first request', async () => {
    await page.getByText('No requests yet.').waitFor()
    await store().getByText('The store is empty.').waitFor()
    await expectNoSeriousViolation('empty start')
  })

  it('after a set, with the row selected and its detail open', async () => {
    await setRowSelected()
    await expectNoSeriousViolation('after set, detail open')
  })

  it('with a blocked cookie explained', async () => {
    await ui.launchHome()
    await ui.goTo('/set?key=tracker&value=1&samesite=None')
    const blockedRow = ui.row('/set?key=tracker&value=1&samesite=None')
    await blockedRow.locator('.chip-blocked').waitFor()
    await blockedRow.click()
    await detail().getByRole('note').filter({ hasText: 'SameSiteNoneInsecure' }).waitFor()
    await expectNoSeriousViolation('blocked cookie explained')
  })

  it('with a cookie its own Path keeps from a URL, shown as the rule at work', async () => {
    await ui.launchHome()
    await lab.session.navigate('/set?key=john&value=1&path=/john')
    await lab.capture.waitFor(() => lab.capture.store().some((c) => c.name === 'john'))
    await lab.session.navigate('/')
    const home = ui.row('/', 1)
    await home.locator('.chip-scoped').waitFor()
    await home.click()
    await detail().getByRole('note').filter({ hasText: 'NotOnPath' }).waitFor()
    await expectNoSeriousViolation('rule at work explained')
    await page.getByRole('button', { name: 'Dark', exact: true }).click()
    await expectNoSeriousViolation('rule at work explained, dark theme')
  })

  it('in the dark theme and in the presenter setting, time travel shown', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/deletecookie')
    await ui.row('/deletecookie').locator('.mark-removed').waitFor()
    await ui.row('/setcookie').click()
    await store().getByRole('status').waitFor()
    await page.getByRole('button', { name: 'Dark', exact: true }).click()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    await expectNoSeriousViolation('dark theme, time travel')
    await page.getByRole('button', { name: 'Presenter' }).click()
    expect(await page.locator('html').getAttribute('data-presenter')).toBe('on')
    await expectNoSeriousViolation('dark theme, presenter')
    await page.getByRole('button', { name: 'Light', exact: true }).click()
    await expectNoSeriousViolation('light theme, presenter')
  })

  it('with the add-cookie form open, an edit under way, and the clear-all confirmation', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await page.getByRole('button', { name: 'Add cookie' }).click()
    await page.getByRole('form', { name: 'Add a cookie' }).waitFor()
    await expectNoSeriousViolation('add-cookie form open')
    // A refused draft shows its error inline.
    await page.getByRole('button', { name: 'Add to the store' }).click()
    await expectNoSeriousViolation('add-cookie form, draft refused')
    await page.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: 'Edit the value of userID' }).click()
    await page.getByRole('textbox', { name: 'New value for userID' }).waitFor()
    await expectNoSeriousViolation('editing a value')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Clear all' }).click()
    const yes = page.getByRole('button', { name: 'Yes, clear all' })
    await yes.waitFor()
    await expectNoSeriousViolation('clear-all confirmation')
    await yes.click()
    await store().getByText('The store is empty.').waitFor()
  })
})

// Roles a user operates; each must have a name a screen reader can say.
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'option',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
])

interface NamedNode {
  role: string
  name: string
  focusable: boolean
}

/** Chromium's own accessibility tree of the UI page: the names assistive technology gets. */
async function accessibilityTree(): Promise<NamedNode[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Protocol.Accessibility.AXNode[]
    }
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? '').trim(),
        focusable: node.properties?.some((p) => p.name === 'focusable' && p.value.value) ?? false,
      }))
  } finally {
    await cdp.detach()
  }
}

describe('every control has a name', () => {
  it('names every control and every keyboard stop, with the inspector forms open', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await ui.goTo('/set?key=tracker&value=1&samesite=None')
    await ui.row('/set?key=tracker&value=1&samesite=None').locator('.chip-blocked').waitFor()
    await ui.row('/setcookie').click()
    await page.getByRole('button', { name: 'Add cookie' }).click()
    await page.getByRole('form', { name: 'Add a cookie' }).waitFor()

    const nodes = await accessibilityTree()
    const controls = nodes.filter((node) => CONTROL_ROLES.has(node.role) || node.focusable)
    const roles = new Set(controls.map((node) => node.role))
    // The tree holds what this state shows: toolbar, filter, assets toggle, rows, the add form.
    for (const role of ['button', 'textbox', 'searchbox', 'checkbox', 'radio', 'listbox', 'option'])
      expect(roles, `no ${role} in the accessibility tree`).toContain(role)
    const unnamed = controls.filter((node) => node.name === '')
    expect(unnamed, JSON.stringify(unnamed)).toEqual([])
  })
})

describe('the keyboard reaches everything', () => {
  it('tabs from the top to the address bar, the timeline list and the inspector', async () => {
    await ui.launchHome()
    await ui.logIn('alice')
    await page.locator('body').waitFor()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

    const stops: string[] = []
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return null
        const labelledBy = el.getAttribute('aria-labelledby')
        const name =
          el.getAttribute('aria-label') ||
          (labelledBy && document.getElementById(labelledBy)?.textContent) ||
          el.closest('label')?.textContent ||
          el.textContent ||
          ''
        const role = el.getAttribute('role') ?? el.tagName.toLowerCase()
        return `${role}${el.id ? `#${el.id}` : ''} "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`
      })
      // Back at the start (or out of the page): the walk has been all the way round.
      if (stop === null || stop === stops[0]) break
      stops.push(stop)
    }
    const walk = stops.join('\n')
    const order = (needle: string) => {
      const index = stops.findIndex((stop) => stop.includes(needle))
      expect(index, `Tab never reached ${needle}; it went:\n${walk}`).toBeGreaterThanOrEqual(0)
      return index
    }
    const address = order('"Address: a path like /getcookie or a full URL"')
    const edit = order('"Edit the value of userID"')
    order('"Delete userID"')
    order('"Add cookie"')
    order('"Clear all"')
    order('"Filter by cookie name"')
    const list = order('listbox#timeline-list')
    order('"Presenter"')
    // The window reads left to right: the pane's bar, then the store, then the timeline.
    expect(address).toBeLessThan(edit)
    expect(edit).toBeLessThan(list)

    // From the list, the keyboard alone selects a row and opens its detail.
    await page.locator('#timeline-list').focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('Enter')
    await detail().getByRole('figure', { name: 'Request headers, as on the wire' }).waitFor()
  })
})
