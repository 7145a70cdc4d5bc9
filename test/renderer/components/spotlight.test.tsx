// @vitest-environment jsdom
// The spotlight as the learner sees it in each panel: the timeline row, header line and cookie
// chip of a lesson step's focus, the detail's header lines and cookie, the store's rows, the
// calm notes while nothing matches, and the hint a screen reader reads on what is lit.
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DetailView } from '../../../src/renderer/src/components/DetailView'
import { StoreInspector } from '../../../src/renderer/src/components/StoreInspector'
import { Timeline } from '../../../src/renderer/src/components/Timeline'
import type { Spotlight } from '../../../src/renderer/src/stores/spotlight-store'
import { SERVER_URL, considered, makeCookie, makeExchange, makeSetCookieLine } from '../factories'
import { mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(cleanup)

const HINT = 'The step is about this'
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-entry-id="${id}"]`)!
/** The text a screen reader reads as ELEMENT's description. */
const describedAs = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `<missing ${id}>`)
    .join(' ')

function panels() {
  return renderInApp(
    <>
      <Timeline onOpenDetail={() => {}} />
      <DetailView onClose={() => {}} />
      <StoreInspector />
    </>,
  )
}

const setcookie = (seq: number) =>
  makeExchange({
    seq,
    method: 'POST',
    url: `${SERVER_URL}/setcookie`,
    setCookies: [
      makeSetCookieLine('theme=dark; Path=/', { name: 'theme', value: 'dark' }),
      makeSetCookieLine('userID=alice; Path=/', { name: 'userID', value: 'alice' }),
    ],
  })

describe('the spotlight', () => {
  it('waits calmly for the step’s request, then lights its row and selects it', () => {
    const { stores } = panels()
    act(() => stores.timeline.upsert(makeExchange({ seq: 1, url: `${SERVER_URL}/getcookie` })))
    act(() => stores.spotlight.show({ focus: { kind: 'row', path: '/getcookie' }, sinceSeq: 1 }))
    // The /getcookie from before the step is not the step's.
    expect(screen.getByRole('status').textContent).toBe(
      'The step is about the request to /getcookie: waiting for it.',
    )
    expect(rowOf('x1').classList.contains('spotlit')).toBe(false)

    act(() => stores.timeline.upsert(makeExchange({ seq: 2, url: `${SERVER_URL}/getcookie` })))
    expect(screen.queryByText(/waiting for it/)).toBeNull()
    const row = rowOf('x2')
    expect(row.classList.contains('spotlit')).toBe(true)
    expect(row.getAttribute('aria-selected')).toBe('true')
    expect(describedAs(row)).toBe(HINT)
    expect(rowOf('x1').getAttribute('aria-describedby')).toBeNull()
    // Selected, so the detail shows the step's exchange.
    expect(screen.getByRole('group', { name: 'The selected row in full' }).textContent).toContain(
      '#2',
    )

    act(() => stores.spotlight.clear())
    expect(rowOf('x2').classList.contains('spotlit')).toBe(false)
    expect(document.querySelector('.spotlit')).toBeNull()
  })

  it('lights the header’s line in the row and its lines on the wire in the detail', () => {
    const { stores } = panels()
    act(() => {
      stores.spotlight.show({
        focus: { kind: 'header', header: 'Set-Cookie', path: '/setcookie', method: 'POST' },
        sinceSeq: 0,
      })
      stores.timeline.upsert(setcookie(1))
    })
    const lines = rowOf('x1').querySelectorAll('.row-line')
    const lit = [...lines].filter((line) => line.classList.contains('spotlit'))
    expect(lit.map((line) => line.querySelector('.line-label')?.textContent)).toEqual([
      'Set-Cookie',
    ])
    expect(describedAs(lit[0]!)).toBe(HINT)

    const detail = screen.getByRole('group', { name: 'The selected row in full' })
    const litWire = [...detail.querySelectorAll('.header-line.spotlit')]
    expect(litWire.map((line) => line.textContent)).toEqual([
      'Set-Cookie: theme=dark; Path=/\n',
      'Set-Cookie: userID=alice; Path=/\n',
    ])
    expect(litWire.every((line) => describedAs(line) === HINT)).toBe(true)
    // The request's Cookie line is picked out as always, but not lit: the step is not about it.
    expect(detail.querySelectorAll('.spotlit:not(.header-line)')).toHaveLength(0)
  })

  it('puts the lit cookie’s chip first, so a crowded line never hides it under "+N more"', () => {
    const { stores } = panels()
    const pairs = Array.from({ length: 20 }, (_, i) => ({ name: `k${i}`, value: 'v' }))
    act(() => {
      stores.timeline.upsert(
        makeExchange({ seq: 1, url: `${SERVER_URL}/getcookie`, cookiePairs: pairs }),
      )
      stores.spotlight.show({
        focus: { kind: 'cookie', cookie: 'k19', path: '/getcookie' },
        sinceSeq: 0,
      })
    })
    const row = rowOf('x1')
    expect(row.querySelector('.chip-more')).not.toBeNull()
    const chips = [...row.querySelectorAll('.chip:not(.chip-more)')]
    expect(chips[0]?.textContent).toBe('k19=v')
    expect(chips.filter((chip) => chip.classList.contains('spotlit'))).toEqual([chips[0]])
    // The detail's explanation of that cookie is lit too, and only it.
    const detail = screen.getByRole('group', { name: 'The selected row in full' })
    const explained = [...detail.querySelectorAll('.cookie-explain.spotlit')]
    expect(explained.map((e) => e.querySelector('.cookie-explain-pair')?.textContent)).toEqual([
      'k19=v',
    ])
    expect(describedAs(explained[0]!)).toBe(HINT)
  })

  it('lights a cookie the browser held back, on the request it was held from', () => {
    const { stores } = panels()
    const docs = makeCookie({ name: 'docs', value: '1', path: '/docs' })
    act(() => {
      stores.timeline.upsert(
        makeExchange({
          seq: 1,
          url: `${SERVER_URL}/`,
          considered: [considered(docs, ['NotOnPath'])],
        }),
      )
      stores.spotlight.show({ focus: { kind: 'cookie', cookie: 'docs', path: '/' }, sinceSeq: 0 })
    })
    const chip = rowOf('x1').querySelector('.chip.spotlit')
    expect(chip?.classList.contains('chip-scoped')).toBe(true)
    expect(chip?.querySelector('.chip-pair')?.textContent).toBe('docs=1')
  })

  it('says when the step’s row is hidden by the filter, and shows it on request', async () => {
    const { stores, user } = panels()
    act(() => {
      stores.timeline.upsert(setcookie(1))
      stores.timeline.setFilter('lang')
      stores.spotlight.show({ focus: { kind: 'row', path: '/setcookie' }, sinceSeq: 0 })
    })
    expect(screen.getByRole('status').textContent).toContain(
      'The step is about #1, which the timeline hides now.',
    )
    await user.click(screen.getByRole('button', { name: 'Show it' }))
    expect(stores.timeline.getSnapshot().filter).toBe('')
    expect(rowOf('x1').classList.contains('spotlit')).toBe(true)
  })

  it('lights every store row of the cookie, or says the store shown does not hold it', () => {
    const { stores } = panels()
    const root = makeCookie({ name: 'userID', domain: 'shop.test' })
    const docs = makeCookie({ name: 'userID', domain: 'shop.test', path: '/docs' })
    const theme = makeCookie({ name: 'theme', domain: 'shop.test' })
    act(() => stores.inspector.setLive([theme]))
    const spotlight: Spotlight = {
      focus: { kind: 'store', cookie: 'userID', domain: 'shop.test' },
      sinceSeq: 0,
    }
    act(() => stores.spotlight.show(spotlight))
    expect(screen.getByRole('status').textContent).toBe(
      'The step is about the cookie userID on shop.test: the store shown does not hold it.',
    )
    act(() => stores.inspector.setLive([theme, root, docs]))
    expect(screen.queryByRole('status')).toBeNull()
    const lit = [...document.querySelectorAll('tr.spotlit')]
    expect(lit.map((row) => within(row as HTMLElement).getByText(/^path /).textContent)).toEqual([
      'path /',
      'path /docs',
    ])
    expect(lit.every((row) => describedAs(row) === HINT)).toBe(true)
    // A store focus is not about a row of the timeline: nothing there is lit or selected.
    expect(stores.timeline.getSnapshot().selectedId).toBeNull()
  })

  it('says when the issue filter hides the step’s cookie, and shows it on request', async () => {
    const { stores, user } = panels()
    act(() => {
      stores.inspector.setLive([makeCookie({ name: 'userID' })])
      stores.inspector.setIssuesOnly(true)
      stores.spotlight.show({ focus: { kind: 'store', cookie: 'userID' }, sinceSeq: 0 })
    })
    expect(screen.getByRole('status').textContent).toContain(
      'The step is about the cookie userID, which "Only cookies with an issue" hides now.',
    )
    expect(document.querySelector('tr.spotlit')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show it' }))
    expect(stores.inspector.getSnapshot().issuesOnly).toBe(false)
    expect(document.querySelector('tr.spotlit')).not.toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
