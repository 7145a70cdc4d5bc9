// A pane whose renderer crashes: the UI says so and offers a reload instead of a dead window,
// the timeline shows the gap capture could not see, and after the reload capture goes on.

import { describe, expect } from 'vitest'
import type { CaptureGap, Exchange, TimelineEntry } from '../../src/shared/domain'
import { labTest } from '../support/lab-test'
import { urlOf } from '../support/captured'

describe('a crashed pane', () => {
  labTest('offers a reload, shows the gap, and captures again after it', async ({ lab, ui }) => {
    await ui.launchHome()
    await ui.logIn('alice')

    const crasher = await lab.context.newCDPSession(lab.page)
    void crasher.send('Page.crash').catch(() => undefined) // never answers: the page is gone
    const alert = ui.page.getByRole('alert')
    await alert.getByText('The page in the pane crashed.').waitFor()
    await ui.page.getByRole('button', { name: 'Reload the page' }).click()
    await ui.page.locator('[data-testid="pane-slot"]').waitFor()

    const closedGap = (entries: readonly TimelineEntry[]) =>
      entries.find(
        (entry): entry is CaptureGap => entry.kind === 'capture-gap' && entry.endedAt !== null,
      )
    await lab.capture.waitFor((entries) => {
      const gap = closedGap(entries)
      return !!gap && entries.some((entry) => entry.kind === 'exchange' && entry.seq > gap.seq)
    })
    const entries = lab.capture.entries()
    const gap = closedGap(entries)
    expect(gap?.reason).toEqual({ code: 'paneStopped', params: { detail: 'crashed' } })
    // The reload goes back to where the pane was, in a fresh page, captured like any other.
    const after = entries.filter(
      (entry): entry is Exchange => entry.kind === 'exchange' && entry.seq > gap!.seq,
    )
    expect(after.map((exchange) => urlOf(exchange).pathname)).toContain('/setcookie')
    expect(lab.pane.state().crashed).toBe(false)
    // The cookie store survived the crash: the reloaded request still carries the cookie.
    await ui.goTo('/getcookie')
    await ui.row('/getcookie').getByText('userID=alice').waitFor()
  })
})
