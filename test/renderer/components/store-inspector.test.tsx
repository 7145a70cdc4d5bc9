// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StoreInspector } from '../../../src/renderer/src/components/StoreInspector'
import { createFakeHost } from '../fake-host'
import { makeChange, makeCookie, makeExchange } from '../factories'
import { renderInApp } from '../render-app'
import { formatMessage } from '../../../src/shared/messages/format-message'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const alice = makeCookie({ name: 'userID', value: 'alice' })

function inspectorWith(cookies = [alice], host = createFakeHost()) {
  const rendered = renderInApp(<StoreInspector />, { host })
  act(() => rendered.stores.inspector.setLive(cookies))
  return rendered
}

const rowFor = (name: string) => screen.getByText(name, { selector: '.store-name' }).closest('tr')!

describe('StoreInspector', () => {
  it('teaches when the store is empty', () => {
    inspectorWith([])
    expect(screen.getByText('The store is empty.')).toBeTruthy()
  })

  it('shows every field of a cookie, and a live countdown for a persistent one', () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const now = Date.now()
    const theme = makeCookie({
      name: 'theme',
      value: 'dark',
      expires: Math.floor(now / 1000) + 90,
      httpOnly: true,
      sameSite: 'Lax',
      size: 9,
    })
    inspectorWith([alice, theme])
    const row = within(rowFor('theme'))
    expect(row.getByText('dark')).toBeTruthy()
    expect(row.getByText('127.0.0.1')).toBeTruthy()
    expect(row.getByText('path /')).toBeTruthy()
    expect(row.getByText('9 bytes')).toBeTruthy()
    expect(row.getByText('HttpOnly yes')).toBeTruthy()
    expect(row.getByText('Secure no')).toBeTruthy()
    expect(row.getByText('SameSite Lax')).toBeTruthy()
    const countdown = rowFor('theme').querySelector('time')!
    const first = countdown.textContent
    expect(first).toMatch(/^in 1 min (29|30) s$/)
    act(() => {
      vi.advanceTimersByTime(2000)
    })
    expect(countdown.textContent).not.toBe(first)
    expect(within(rowFor('userID')).getByText('session')).toBeTruthy()
  })

  it('adds a cookie from the form: host-only on the tutorial server by default', async () => {
    const { host, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Add cookie' }))
    const form = within(screen.getByRole('form', { name: 'Add a cookie' }))
    expect((form.getByLabelText('Domain') as HTMLInputElement).value).toBe('127.0.0.1')
    await user.type(form.getByLabelText('Name'), 'lang')
    await user.type(form.getByLabelText('Value'), 'fr')
    await user.type(form.getByLabelText('Expires in (seconds)'), '60')
    await user.click(form.getByLabelText('Secure'))
    await user.click(form.getByLabelText('Strict'))
    const before = Math.floor(Date.now() / 1000)
    await user.click(form.getByRole('button', { name: 'Add to the store' }))
    const [[, draft]] = host.calls('setCookie') as [[string, { expires: number }]]
    expect(draft).toEqual({
      name: 'lang',
      value: 'fr',
      domain: '127.0.0.1',
      path: '/',
      expires: expect.any(Number),
      httpOnly: false,
      secure: true,
      sameSite: 'Strict',
    })
    expect(draft.expires - before).toBeGreaterThanOrEqual(59)
    expect(draft.expires - before).toBeLessThanOrEqual(61)
    expect(screen.queryByRole('form', { name: 'Add a cookie' })).toBeNull()
  })

  it('refuses a form it cannot turn into a cookie, in words, without calling the host', async () => {
    const { host, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Add cookie' }))
    await user.type(screen.getByLabelText('Name'), 'has space')
    await user.click(screen.getByRole('button', { name: 'Add to the store' }))
    expect(screen.getByRole('alert').textContent).toMatch(/no spaces/)
    expect(host.calls('setCookie')).toHaveLength(0)
  })

  it('edits a value in place and sends the cookie with it', async () => {
    const { host, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Edit the value of userID' }))
    const input = screen.getByLabelText('New value for userID')
    await user.clear(input)
    await user.type(input, 'bob{Enter}')
    expect(host.calls('setCookie')).toEqual([
      [
        'setCookie',
        {
          name: 'userID',
          value: 'bob',
          domain: '127.0.0.1',
          path: '/',
          expires: null,
          httpOnly: false,
          secure: false,
          sameSite: null,
        },
      ],
    ])
  })

  it('deletes one cookie by its key', async () => {
    const { host, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Delete userID' }))
    expect(host.calls('deleteCookie')).toEqual([
      ['deleteCookie', { name: 'userID', domain: '127.0.0.1', path: '/' }],
    ])
  })

  it('asks before clearing everything', async () => {
    const { host, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(host.calls('clearCookies')).toHaveLength(0)
    expect(screen.getByText("Delete all 1 cookie from the pane's store?")).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(host.calls('clearCookies')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await user.click(screen.getByRole('button', { name: 'Yes, clear all' }))
    expect(host.calls('clearCookies')).toHaveLength(1)
  })

  it('shows an error from the host inline', async () => {
    const host = createFakeHost({
      deleteCookie: () => Promise.reject(new Error('The pane is gone.')),
    })
    const { user } = inspectorWith([alice], host)
    await user.click(screen.getByRole('button', { name: 'Delete userID' }))
    expect(screen.getByRole('alert').textContent).toBe('The pane is gone.')
  })

  it('time travel: a banner, the past store, no editing, and a way back to live', async () => {
    const host = createFakeHost({ storeAfter: () => [alice] })
    const { stores, user } = inspectorWith([], host)
    act(() => {
      stores.timeline.upsert(
        makeExchange({ seq: 3, storeChanges: [makeChange('added', alice, { by: 'script' })] }),
      )
      stores.timeline.upsert(
        makeExchange({ seq: 4, storeChanges: [makeChange('removed', alice, { by: 'script' })] }),
      )
      stores.timeline.select('x3')
    })
    expect(await screen.findByText('userID', { selector: '.store-name' })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain(
      'Showing the store as it was after #3.',
    )
    expect(within(rowFor('userID')).getByText('added by #3')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Add cookie' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Delete userID' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Back to live' }))
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByText('The store is empty.')).toBeTruthy()
  })

  it('keeps a cookie the selected entry removed in view, struck out', () => {
    const { stores } = inspectorWith([])
    act(() => {
      stores.timeline.upsert(
        makeExchange({
          seq: 5,
          storeChanges: [makeChange('removed', alice, { by: 'response', entryId: 'x5' })],
        }),
      )
      stores.timeline.select('x5')
    })
    expect(rowFor('userID').className).toContain('store-row-gone')
    expect(within(rowFor('userID')).getByText('removed by #5')).toBeTruthy()
  })

  it('keeps a half-typed value through a store update, a sort and the issue filter', async () => {
    const { stores, user } = inspectorWith()
    await user.click(screen.getByRole('button', { name: 'Edit the value of userID' }))
    await user.clear(screen.getByLabelText('New value for userID'))
    await user.type(screen.getByLabelText('New value for userID'), 'bo')
    // A page sets another value meanwhile: the draft stays, and the change is said.
    act(() => stores.inspector.setLive([{ ...alice, value: 'carol' }]))
    expect((screen.getByLabelText('New value for userID') as HTMLInputElement).value).toBe('bo')
    expect(
      screen.getByText(formatMessage('inspector.draft.valueChanged', { value: 'carol' })),
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /^Size/ }))
    // userID has no issue, yet the filter does not take the row being edited away.
    await user.click(screen.getByLabelText(/Only cookies with an issue/))
    expect((screen.getByLabelText('New value for userID') as HTMLInputElement).value).toBe('bo')
  })

  it('gives the keyboard to an edit just opened, not to one shown again after time travel', async () => {
    const host = createFakeHost({ storeAfter: () => [] })
    const { stores, user } = inspectorWith([alice], host)
    await user.click(screen.getByRole('button', { name: 'Edit the value of userID' }))
    expect(document.activeElement).toBe(screen.getByLabelText('New value for userID'))
    act(() => (document.activeElement as HTMLElement).blur())
    await act(async () => {
      stores.inspector.focus(makeExchange({ seq: 1 }), 'past')
      await Promise.resolve()
    })
    expect(screen.queryByLabelText('New value for userID')).toBeNull()
    act(() => stores.inspector.backToLive())
    expect(screen.getByLabelText('New value for userID')).toBeTruthy()
    expect(document.activeElement).toBe(document.body)
  })
})
