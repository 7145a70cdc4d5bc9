// @vitest-environment jsdom
// The inspector and modern cookies: partitions (CHIPS) in words, priority and origin, sorting,
// the "with an issue" filter, decoded values, and the add form's warnings.
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreInspector } from '../../../src/renderer/src/components/StoreInspector'
import type { StoredCookie } from '../../../src/shared/domain'
import { createFakeHost } from '../fake-host'
import { considered, makeCookie, makeExchange } from '../factories'
import { renderInApp } from '../render-app'

afterEach(cleanup)

const chipIn = (topLevelSite: string, value: string): StoredCookie =>
  makeCookie({
    name: 'chip',
    value,
    domain: 'tracker.test',
    secure: true,
    sameSite: 'None',
    partitionKey: { topLevelSite, hasCrossSiteAncestor: true },
    sourceScheme: 'Secure',
    sourcePort: 8443,
    priority: 'High',
  })
const shopChip = chipIn('https://shop.test', 'shop')
const localChip = chipIn('https://localhost', 'local')
const alice = makeCookie({ name: 'userID', value: 'alice', size: 11 })

function inspectorWith(cookies: StoredCookie[], host = createFakeHost()) {
  const rendered = renderInApp(<StoreInspector />, { host })
  act(() => rendered.stores.inspector.setLive(cookies))
  return rendered
}

/** The names of the cookie rows, top to bottom. */
const rowNames = () =>
  screen.queryAllByText(/./, { selector: '.store-name' }).map((name) => name.textContent)
const rowWithValue = (value: string) =>
  screen.getByText(value, { selector: '.store-value' }).closest('tr')!

describe('partitioned cookies in the inspector', () => {
  it('shows one name in two partitions as two rows, each with its partition in words', async () => {
    const { user } = inspectorWith([shopChip, localChip])
    expect(rowNames()).toEqual(['chip', 'chip'])
    const shop = within(rowWithValue('shop'))
    expect(shop.getByText('partition https://shop.test')).toBeTruthy()
    expect(shop.getByText('set over https, port 8443')).toBeTruthy()
    expect(shop.getByText('Priority High')).toBeTruthy()
    expect(within(rowWithValue('local')).getByText('partition https://localhost')).toBeTruthy()
    // Under each row its partition in a sentence, and what the cross-site ancestor means a
    // click away.
    const note = rowWithValue('shop').nextElementSibling as HTMLElement
    const details = note.querySelector('details')!
    expect(details.querySelector('summary')!.textContent).toBe(
      'Partitioned: only inside pages of https://shop.test. What this means',
    )
    expect(details.open).toBe(false)
    await user.click(within(note).getByText('What this means'))
    expect(details.open).toBe(true)
    expect(details.querySelector('p')!.textContent).toBe(
      'tracker.test set it from a frame inside a page of https://shop.test, with another site above it (a cross-site ancestor). It goes back to tracker.test only there, in such frames on pages of https://shop.test; tracker.test opened on its own, or framed by any other site, has a separate jar.',
    )
  })

  it('says so when Chromium cannot name the partition', () => {
    inspectorWith([makeCookie({ name: 'opaque', partitionKeyOpaque: true })])
    const row = screen.getByText('opaque', { selector: '.store-name' }).closest('tr')!
    expect(within(row).getByText('partition without a name')).toBeTruthy()
    expect((row.nextElementSibling as HTMLElement).textContent).toBe(
      'Partitioned, in a partition Chromium cannot name: the top-level page had no real origin (a sandboxed frame, a data: URL).',
    )
  })

  it('deletes only the row it was asked to, by its partition', async () => {
    const { host, user } = inspectorWith([shopChip, localChip])
    await user.click(screen.getByRole('button', { name: 'Delete chip in https://localhost' }))
    expect(host.calls('deleteCookie')).toEqual([
      [
        'deleteCookie',
        {
          name: 'chip',
          domain: 'tracker.test',
          path: '/',
          partitionKey: { topLevelSite: 'https://localhost', hasCrossSiteAncestor: true },
        },
      ],
    ])
  })

  it('edits the value inside the cookie’s own partition', async () => {
    const { host, user } = inspectorWith([shopChip, localChip])
    await user.click(
      screen.getByRole('button', { name: 'Edit the value of chip in https://shop.test' }),
    )
    const input = screen.getByLabelText('New value for chip in https://shop.test')
    await user.clear(input)
    await user.type(input, 'new{Enter}')
    expect(host.calls('setCookie')[0]![1]).toMatchObject({
      name: 'chip',
      value: 'new',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
      priority: 'High',
    })
  })

  it('shows an unknown source scheme and priority as the raw codes', () => {
    inspectorWith([
      makeCookie({ name: 'odd', sourceScheme: 'Quantum', sourcePort: -1, priority: 'Urgent' }),
    ])
    expect(screen.getByText('scheme Quantum')).toBeTruthy()
    expect(screen.getByText('Priority Urgent')).toBeTruthy()
  })
})

describe('sorting', () => {
  it('sorts by a column header, says so with aria-sort, reverses, and works from the keyboard', async () => {
    const big = makeCookie({ name: 'big', size: 300 })
    const small = makeCookie({ name: 'small', size: 5 })
    const { user } = inspectorWith([alice, big, small])
    const sizeHeader = screen.getByRole('columnheader', { name: /Size/ })
    expect(sizeHeader.getAttribute('aria-sort')).toBe('none')
    await user.click(within(sizeHeader).getByRole('button'))
    expect(rowNames()).toEqual(['small', 'userID', 'big'])
    expect(sizeHeader.getAttribute('aria-sort')).toBe('ascending')
    within(sizeHeader).getByRole('button').focus()
    await user.keyboard('{Enter}')
    expect(rowNames()).toEqual(['big', 'userID', 'small'])
    expect(sizeHeader.getAttribute('aria-sort')).toBe('descending')
    const nameHeader = screen.getByRole('columnheader', { name: /Cookie/ })
    await user.click(within(nameHeader).getByRole('button'))
    await user.keyboard(' ')
    expect(rowNames()).toEqual(['userID', 'small', 'big'])
    expect(sizeHeader.getAttribute('aria-sort')).toBe('none')
  })

  it('keeps the order while the app runs, when the inspector is drawn again', async () => {
    const big = makeCookie({ name: 'big', size: 300 })
    const { user, stores, unmount } = inspectorWith([big, alice])
    await user.click(screen.getByRole('button', { name: /Size/ }))
    unmount()
    renderInApp(<StoreInspector />, { stores })
    expect(rowNames()).toEqual(['userID', 'big'])
  })
})

describe('the “with an issue” filter', () => {
  it('shows only the cookies with an issue, and what each issue is', async () => {
    const fine = makeCookie({ name: 'fine' })
    const { user, stores } = inspectorWith([alice, fine])
    act(() => {
      stores.timeline.upsert(
        makeExchange({
          seq: 7,
          considered: [considered(alice, ['SameSiteStrict']), considered(fine)],
        }),
      )
    })
    const toggle = screen.getByLabelText('Only cookies with an issue (1)')
    await user.click(toggle)
    expect(rowNames()).toEqual(['userID'])
    const issues = screen.getByRole('list', { name: 'Issues of userID' })
    expect(issues.textContent).toMatch(/^Not sent with #7: /)
    await user.click(toggle)
    expect(rowNames()).toEqual(['userID', 'fine'])
  })

  it('says so when no cookie has an issue', async () => {
    const { user } = inspectorWith([alice])
    await user.click(screen.getByLabelText('Only cookies with an issue (0)'))
    expect(screen.getByText('No cookie in this store has an issue.')).toBeTruthy()
  })
})

describe('decoding values', () => {
  it('decodes %xx on demand, and shows a value it cannot decode as stored, saying why', async () => {
    const greeting = makeCookie({ name: 'greeting', value: 'h%C3%A9llo%20world' })
    const broken = makeCookie({ name: 'broken', value: '100%' })
    const { user } = inspectorWith([greeting, broken])
    expect(screen.getByText('h%C3%A9llo%20world')).toBeTruthy()
    await user.click(screen.getByLabelText('Decode %xx in values'))
    const values = [...document.querySelectorAll('.store-value')]
    expect(values.map((value) => value.textContent)).toEqual([
      'héllo world (decoded)',
      '100% (not valid percent-encoding: shown as stored)',
    ])
    // The stored form stays one hover away.
    expect(values[0]!.getAttribute('title')).toBe('h%C3%A9llo%20world')
  })
})

describe('adding a cookie the pane can never send', () => {
  it('warns before and after adding, and still adds it', async () => {
    const { host, user } = inspectorWith([alice])
    await user.click(screen.getByRole('button', { name: 'Add cookie' }))
    const form = within(screen.getByRole('form', { name: 'Add a cookie' }))
    expect(form.queryByRole('list', { name: 'Before you add it' })).toBeNull()
    await user.type(form.getByLabelText('Name'), 'lang')
    const domain = form.getByLabelText('Domain')
    await user.clear(domain)
    await user.type(domain, 'example.com')
    expect(form.getByRole('list', { name: 'Before you add it' }).textContent).toContain(
      'No page the pane shows is on example.com',
    )
    await user.click(form.getByRole('button', { name: 'Add to the store' }))
    expect(host.calls('setCookie')[0]![1]).toMatchObject({ name: 'lang', domain: 'example.com' })
    const after = await screen.findByRole('status')
    expect(after.textContent).toContain(
      'lang is in the store. No page the pane shows is on example.com',
    )
    await user.click(within(after).getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says that Domain=.127.0.0.1 becomes host-only', async () => {
    const { user } = inspectorWith([alice])
    await user.click(screen.getByRole('button', { name: 'Add cookie' }))
    const domain = screen.getByLabelText('Domain')
    await user.clear(domain)
    await user.type(domain, '.127.0.0.1')
    expect(screen.getByRole('list', { name: 'Before you add it' }).textContent).toBe(
      '127.0.0.1 is an IP address, which has no subdomains: Chromium stores this cookie host-only for 127.0.0.1, as if Domain were left out.',
    )
  })

  it('does not warn about a page the pane has been to', async () => {
    const { user, stores } = inspectorWith([alice])
    act(() => stores.timeline.upsert(makeExchange({ url: 'http://my-flask.example:5000/' })))
    await user.click(screen.getByRole('button', { name: 'Add cookie' }))
    const domain = screen.getByLabelText('Domain')
    await user.clear(domain)
    await user.type(domain, 'my-flask.example')
    expect(screen.queryByRole('list', { name: 'Before you add it' })).toBeNull()
  })
})
