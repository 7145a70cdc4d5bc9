// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { Timeline } from '../../../src/renderer/src/components/Timeline'
import { setMessageLocale } from '../../../src/shared/messages/format-message'
import {
  SERVER_URL,
  considered,
  makeChange,
  makeCookie,
  makeExchange,
  makeFailedExchange,
  makeGap,
  makeInspectorEdit,
  makeScriptWrite,
  makeSetCookieLine,
} from '../factories'
import { ROW_HEIGHT, mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(cleanup)

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-entry-id="${id}"]`)

describe('Timeline', () => {
  it('says what will appear, and why, before the first request', () => {
    renderInApp(<Timeline onOpenDetail={() => {}} />)
    expect(screen.getByText('No requests yet.')).toBeTruthy()
    expect(screen.getByText(/Every request the browser pane makes appears here/)).toBeTruthy()
    expect(screen.queryByRole('listbox')).toBeNull()
  })

  it('draws an exchange: method, path, status, the cookies both ways and the store change', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entry = makeExchange({
      method: 'POST',
      url: `${SERVER_URL}/setcookie`,
      cookiePairs: [{ name: 'lang', value: 'fr' }],
      setCookies: [makeSetCookieLine('userID=alice; Path=/', { name: 'userID', value: 'alice' })],
      storeChanges: [makeChange('added', makeCookie(), { by: 'response', entryId: 'x' })],
    })
    act(() => stores.timeline.upsert(entry))
    const row = within(rowOf(entry.id)!)
    expect(row.getByText('POST')).toBeTruthy()
    expect(row.getByText('/setcookie')).toBeTruthy()
    expect(row.getByText('200 OK')).toBeTruthy()
    expect(rowOf(entry.id)!.querySelector('.chip:not(.chip-set)')?.textContent).toBe('lang=fr')
    expect(rowOf(entry.id)!.querySelector('.chip-set .chip-pair')?.textContent).toBe('userID=alice')
    expect(rowOf(entry.id)!.querySelector('.mark-added')?.textContent).toBe('+ added userID')
  })

  it('says so when the browser reported only raw headers, instead of making up a URL', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entry = makeExchange({
      method: '',
      url: '',
      state: 'pending',
      status: null,
      statusText: '',
      cookiePairs: [{ name: 'a', value: '1' }],
      failure: { code: 'onlyRawHeaders' },
    })
    act(() => stores.timeline.upsert(entry))
    const row = within(rowOf(entry.id)!)
    expect(row.getByText('address not reported')).toBeTruthy()
    expect(row.getByText('no report of its end')).toBeTruthy()
    expect(rowOf(entry.id)!.querySelector('.row-kind')?.textContent).toBe('?')
    expect(rowOf(entry.id)!.textContent).not.toMatch(/about:blank|GET|pending/)
  })

  it('names the host only when it is not the tutorial server', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const home = makeExchange({ url: `${SERVER_URL}/` })
    const shop = makeExchange({ url: 'http://www.shop.test:5123/cookies' })
    act(() => {
      stores.timeline.upsert(home)
      stores.timeline.upsert(shop)
    })
    expect(rowOf(home.id)!.querySelector('.row-host')).toBeNull()
    expect(rowOf(shop.id)!.querySelector('.row-host')?.textContent).toBe('www.shop.test:5123')
  })

  it('shows a cookie the browser held back in the blocked style with its reason', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entry = makeExchange({
      considered: [
        considered(makeCookie({ name: 'cart', sameSite: 'Strict' }), ['SameSiteStrict']),
      ],
    })
    act(() => stores.timeline.upsert(entry))
    expect(rowOf(entry.id)!.querySelector('.chip-blocked')?.textContent).toContain(
      'not sent: SameSite=Strict, cross-site',
    )
  })

  it('shows a cookie its own Path keeps from this URL calmly, not as blocked', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entry = makeExchange({
      considered: [considered(makeCookie({ name: 'john', path: '/john' }), ['NotOnPath'])],
    })
    act(() => stores.timeline.upsert(entry))
    expect(rowOf(entry.id)!.querySelector('.chip-blocked')).toBeNull()
    expect(rowOf(entry.id)!.querySelector('.chip-scoped')?.textContent).toBe(
      'john=alicenot for this path',
    )
  })

  it('is honest about pending exchanges and headers it never saw', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const pending = makeExchange({ state: 'pending', status: null, responseHeaders: null })
    const cached = makeExchange({ requestHeaders: null, responseHeaders: null })
    act(() => {
      stores.timeline.upsert(pending)
      stores.timeline.upsert(cached)
    })
    expect(within(rowOf(pending.id)!).getByText('pending…')).toBeTruthy()
    expect(within(rowOf(cached.id)!).getAllByText('headers not observed')).toHaveLength(2)
  })

  it('says a request that failed before it went out sent no cookies, not that it missed them', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const failed = makeFailedExchange()
    act(() => stores.timeline.upsert(failed))
    expect(within(rowOf(failed.id)!).getByText('no cookies sent')).toBeTruthy()
    expect(within(rowOf(failed.id)!).queryByText('headers not observed')).toBeNull()
  })

  it('gives script writes, inspector edits and capture gaps rows of their own', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const write = makeScriptWrite()
    const edit = makeInspectorEdit({
      summary: { code: 'editDelete', params: { name: 'theme', domain: 'localhost', path: '/' } },
    })
    const gap = makeGap({
      reason: { code: 'debuggerDetached', params: { detail: 'DevTools opened on the pane' } },
    })
    act(() => {
      for (const entry of [write, edit, gap]) stores.timeline.upsert(entry)
    })
    expect(rowOf(write.id)!.className).toContain('row-script-write')
    expect(rowOf(write.id)!.textContent).toContain('document.cookie on /cookies')
    expect(rowOf(edit.id)!.textContent).toContain(
      'You edited the store: Deleted theme from localhost/',
    )
    expect(rowOf(gap.id)!.className).toContain('row-capture-gap')
    expect(rowOf(gap.id)!.textContent).toContain(
      'Capture paused: the debugger was detached (DevTools opened on the pane).',
    )
  })

  it('hides assets until asked, and filters by cookie name', async () => {
    const { stores, user } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const page = makeExchange({ cookiePairs: [{ name: 'userID', value: 'a' }] })
    const icon = makeExchange({ url: `${SERVER_URL}/favicon.ico`, isAsset: true })
    act(() => {
      stores.timeline.upsert(page)
      stores.timeline.upsert(icon)
    })
    expect(rowOf(icon.id)).toBeNull()
    await user.click(screen.getByLabelText(/Show assets \(1 hidden\)/))
    expect(rowOf(icon.id)).not.toBeNull()
    await user.type(screen.getByLabelText('Filter by cookie name'), 'nobody')
    expect(screen.getByText('No row touches a cookie named “nobody”.')).toBeTruthy()
    await user.click(screen.getByText('Clear the filter'))
    expect(rowOf(page.id)).not.toBeNull()
  })

  it('is driven by the keyboard: ↓/↑ select, Home/End jump, Enter opens the detail', async () => {
    const onOpenDetail = vi.fn()
    const { stores, user } = renderInApp(<Timeline onOpenDetail={onOpenDetail} />)
    act(() => {
      for (let seq = 1; seq <= 3; seq++) stores.timeline.upsert(makeExchange({ seq }))
    })
    const list = screen.getByRole('listbox')
    list.focus()
    await user.keyboard('{ArrowDown}')
    expect(stores.timeline.getSnapshot().selectedId).toBe('x1')
    expect(list.getAttribute('aria-activedescendant')).toBe(rowOf('x1')!.id)
    expect(rowOf('x1')!.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
    expect(stores.timeline.getSnapshot().selectedId).toBe('x2')
    await user.keyboard('{End}')
    expect(stores.timeline.getSnapshot().selectedId).toBe('x3')
    await user.keyboard('{Home}')
    expect(stores.timeline.getSnapshot().selectedId).toBe('x1')
    await user.keyboard('{Enter}')
    expect(onOpenDetail).toHaveBeenCalledTimes(1)
  })

  it('selects a row on click, and offers a way back to the newest rows', async () => {
    const { stores, user } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    act(() => {
      for (let seq = 1; seq <= 3; seq++) stores.timeline.upsert(makeExchange({ seq }))
    })
    expect(screen.queryByText(/Jump to latest/)).toBeNull()
    await user.click(rowOf('x1')!)
    expect(stores.timeline.getSnapshot()).toMatchObject({ selectedId: 'x1', following: false })
    await user.click(screen.getByText(/Jump to latest/))
    expect(stores.timeline.getSnapshot().following).toBe(true)
  })

  it('follows the newest row again only when the user scrolls there, not when the layout moves', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    act(() => {
      for (let seq = 1; seq <= 30; seq++) {
        stores.timeline.upsert(makeExchange({ seq, id: `follow${seq}` }))
      }
      stores.timeline.select('follow20')
    })
    const list = screen.getByRole('listbox')
    const following = () => stores.timeline.getSnapshot().following
    const scrollTo = (top: number) => {
      list.scrollTop = top
      fireEvent.scroll(list)
    }
    // Rows not drawn yet count at their estimated height: the bottom is where the list says.
    const bottom = () => list.scrollHeight - list.clientHeight
    expect(following()).toBe(false)
    // Rows measured taller, a zoom, a resized window: the list lands at its bottom by itself.
    act(() => scrollTo(bottom()))
    expect(following()).toBe(false)
    expect(screen.getByText(/Jump to latest/)).toBeTruthy()
    // The user's own wheel, down to the bottom and back up.
    act(() => {
      fireEvent.wheel(list, { deltaY: 400 })
      scrollTo(bottom())
    })
    expect(following()).toBe(true)
    act(() => {
      fireEvent.wheel(list, { deltaY: -400 })
      scrollTo(bottom() - 300)
    })
    expect(following()).toBe(false)
  })

  it('keeps the selected row in view when rows arrive or the layout changes', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    act(() => {
      for (let seq = 1; seq <= 30; seq++) {
        stores.timeline.upsert(makeExchange({ seq, id: `keep${seq}` }))
      }
    })
    const list = screen.getByRole('listbox')
    act(() => stores.timeline.select('keep3'))
    expect(list.scrollTop).toBeLessThanOrEqual(2 * ROW_HEIGHT)
    // More rows below do not move the list away from the selection.
    act(() => {
      for (let seq = 31; seq <= 40; seq++) {
        stores.timeline.upsert(makeExchange({ seq, id: `keep${seq}` }))
      }
    })
    expect(rowOf('keep3')).not.toBeNull()
    expect(list.scrollTop).toBeLessThanOrEqual(2 * ROW_HEIGHT)
  })

  it('leaves the selection where the user scrolled it, until it is selected again', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    act(() => {
      for (let seq = 1; seq <= 30; seq++) {
        stores.timeline.upsert(makeExchange({ seq, id: `away${seq}` }))
      }
      stores.timeline.select('away3')
    })
    const list = screen.getByRole('listbox')
    act(() => {
      fireEvent.wheel(list, { deltaY: 900 })
      list.scrollTop = 900
      fireEvent.scroll(list)
    })
    act(() => stores.timeline.upsert(makeExchange({ seq: 31, id: 'away31' })))
    expect(list.scrollTop).toBe(900)
    act(() => stores.timeline.select('away3'))
    expect(list.scrollTop).toBeLessThanOrEqual(2 * ROW_HEIGHT)
  })

  it('marks each row the first time it is painted, and first painted with its response', async () => {
    const mark = vi.spyOn(performance, 'mark')
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entry = makeExchange({ state: 'pending', status: null })
    const calls = (name: string) => mark.mock.calls.filter(([called]) => called === name).length
    act(() => stores.timeline.upsert(entry))
    await nextFrame()
    expect(calls(`row-painted:${entry.id}`)).toBe(1)
    expect(calls(`row-response-painted:${entry.id}`)).toBe(0)
    act(() => stores.timeline.upsert({ ...entry, state: 'complete', status: 200 }))
    act(() => stores.timeline.upsert({ ...entry, state: 'complete', status: 200, seq: 1 }))
    await nextFrame()
    expect(calls(`row-painted:${entry.id}`)).toBe(1)
    expect(calls(`row-response-painted:${entry.id}`)).toBe(1)
    mark.mockRestore()
  })

  it('words its filter anew when the language changes (the tools are memoised)', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    act(() => stores.timeline.upsert(makeExchange()))
    expect(screen.getByRole('searchbox', { name: 'Filter by cookie name' })).toBeTruthy()
    try {
      // What main.tsx does on a settings change: the messages' language, then React's render.
      act(() => {
        setMessageLocale('zh-CN')
        stores.settings.setLanguage('zh-CN')
      })
      expect(screen.getByRole('searchbox', { name: '按 Cookie 名称筛选' })).toBeTruthy()
    } finally {
      setMessageLocale('en')
    }
  })

  it('renders only a window of rows out of 10,000', () => {
    const { stores } = renderInApp(<Timeline onOpenDetail={() => {}} />)
    const entries = Array.from({ length: 10_000 }, (_, i) => makeExchange({ seq: i + 1 }))
    act(() => stores.timeline.addMissing(entries))
    const painted = document.querySelectorAll('[data-entry-id]')
    expect(painted.length).toBeGreaterThan(5)
    expect(painted.length).toBeLessThan(40)
    // Following the newest: the window sits at the bottom.
    expect(rowOf('x10000')).not.toBeNull()
    expect(rowOf('x1')).toBeNull()
    // A count is a number in the UI's language: grouped as English groups it.
    expect(screen.getByText('10,000 rows')).toBeTruthy()
  })
})
