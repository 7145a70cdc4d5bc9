// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DetailView } from '../../../src/renderer/src/components/DetailView'
import { Timeline } from '../../../src/renderer/src/components/Timeline'
import type { CookieIssue, Exchange } from '../../../src/shared/domain'
import { SERVER_URL, considered, makeCookie, makeExchange } from '../factories'
import { mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(cleanup)

const laxPost: CookieIssue = {
  operation: 'ReadCookie',
  cookie: { name: 'sid', domain: '127.0.0.1', path: '/' },
  rawCookieLine: null,
  warningReasons: ['WarnSameSiteUnspecifiedLaxAllowUnsafe', 'WarnSomethingChromiumAddsLater'],
  exclusionReasons: [],
  siteForCookies: 'http://127.0.0.1/',
  cookieUrl: `${SERVER_URL}/setcookie`,
  insight: null,
}

function postWithIssue(): Exchange {
  const sid = makeCookie({ name: 'sid', value: '1' })
  return makeExchange({
    method: 'POST',
    url: `${SERVER_URL}/setcookie`,
    cookiePairs: [{ name: 'sid', value: '1' }],
    considered: [considered(sid)],
    cookieIssues: [laxPost],
  })
}

function showDetail(entry: Exchange) {
  const rendered = renderInApp(<DetailView onClose={() => {}} />)
  act(() => {
    rendered.stores.timeline.upsert(entry)
    rendered.stores.timeline.select(entry.id)
  })
  return rendered
}

describe("Chromium's cookie warnings in the detail view", () => {
  it('gives them a section of their own: the cookie, each reason, what it means and the fix', () => {
    showDetail(postWithIssue())
    const section = screen.getByRole('region', { name: "Chromium's cookie warnings" })
    const notes = within(section).getAllByRole('listitem')
    expect(notes).toHaveLength(1)
    const note = notes[0]!
    expect(note.textContent).toContain('On the cookie sid, considered for this request: sid=1')
    expect(note.textContent).toContain('sent by the 2-minute Lax+POST allowance')
    expect(note.textContent).toContain('WarnSameSiteUnspecifiedLaxAllowUnsafe')
    expect(note.textContent).toMatch(/less than two minutes ago/)
    // The unknown one: its raw code and the general sentence, not dropped.
    expect(note.textContent).toContain(
      'Chromium reported “WarnSomethingChromiumAddsLater”, a reason Cookie Lab has no words for yet.',
    )
  })

  it('shows no such section when Chromium said nothing', () => {
    showDetail(makeExchange())
    expect(screen.queryByRole('region', { name: "Chromium's cookie warnings" })).toBeNull()
    expect(screen.queryByText('Let through by an exception')).toBeNull()
    expect(screen.queryByText('Partitions (CHIPS)')).toBeNull()
  })

  it('explains exemptions and a cookie in another partition', () => {
    const tp = makeCookie({ name: 'tp', value: '1' })
    showDetail(
      makeExchange({
        url: 'https://tracker.test:8443/cookies',
        considered: [{ ...considered(tp), exemptionReason: 'UserSetting' }],
        siteHasCookieInOtherPartition: true,
      }),
    )
    expect(screen.getByText('Let through by an exception')).toBeTruthy()
    expect(
      screen.getByText(/The cookie tp was sent only because the browser's settings/),
    ).toBeTruthy()
    expect(screen.getByText('Partitions (CHIPS)')).toBeTruthy()
    expect(screen.getByText(/tracker\.test:8443 has cookies in another partition/)).toBeTruthy()
  })
})

describe('the timeline marker', () => {
  it('marks a row Chromium reported cookie issues for, and no other', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const withIssue = postWithIssue()
    const without = makeExchange()
    act(() => {
      stores.timeline.upsert(withIssue)
      stores.timeline.upsert(without)
    })
    const row = (id: string) => document.querySelector<HTMLElement>(`[data-entry-id="${id}"]`)!
    const marker = row(withIssue.id).querySelector('.row-issues')
    expect(marker?.getAttribute('title')).toBe('1 cookie warning')
    expect(marker?.querySelector('svg.icon-warning')).not.toBeNull()
    expect(marker?.textContent).toContain(' 1')
    expect(row(without.id).querySelector('.row-issues')).toBeNull()
  })
})
