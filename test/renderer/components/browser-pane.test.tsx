// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { BrowserPane } from '../../../src/renderer/src/components/BrowserPane'
import { createFakeHost, makePane } from '../fake-host'
import { SERVER_URL } from '../factories'
import { mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderPane(host = createFakeHost()) {
  const rendered = renderInApp(<BrowserPane />, { host })
  act(() => rendered.stores.pane.setPane(makePane({ url: `${SERVER_URL}/`, canGoBack: true })))
  return rendered
}

/**
 * A pane whose navigations end only when FINISH is called, with TARGET typed in its bar and
 * Enter pressed: the load still under way.
 */
async function typedWhileLoading(target: string) {
  let finishing: (() => void) | undefined
  const host = createFakeHost({
    navigate: (payload: { target: string }) =>
      new Promise((resolve) => {
        finishing = () => resolve(makePane({ url: new URL(payload.target, SERVER_URL).toString() }))
      }),
  })
  const { user } = renderPane(host)
  const address = screen.getByLabelText(/Address/) as HTMLInputElement
  await user.clear(address)
  await user.type(address, `${target}{Enter}`)
  return { host, user, address, finish: () => act(async () => finishing?.()) }
}

describe('the address bar', () => {
  it('shows where the pane is, and sends exactly what was typed on Enter', async () => {
    const { host, user } = renderPane()
    const address = screen.getByLabelText(/Address/) as HTMLInputElement
    expect(address.value).toBe(`${SERVER_URL}/`)
    await user.clear(address)
    await user.type(address, '/getcookie{Enter}')
    expect(host.calls('navigate')).toEqual([['navigate', { target: '/getcookie' }]])
    expect(address.value).toBe(`${SERVER_URL}/getcookie`)
  })

  it('keeps an address typed while the previous one was still loading', async () => {
    const { host, user, address, finish } = await typedWhileLoading('/getcookie')
    await user.clear(address)
    await user.type(address, '/deletecookie')
    await finish()
    expect(address.value).toBe('/deletecookie')
    expect(document.activeElement).toBe(address)
    await user.type(address, '{Enter}')
    expect(host.calls('navigate').map(([, payload]) => payload)).toEqual([
      { target: '/getcookie' },
      { target: '/deletecookie' },
    ])
  })

  it('lets a learner back into the bar while the last address loads, and keeps what they type', async () => {
    const { host, user, address, finish } = await typedWhileLoading('/getcookie')
    // Enter lets go of the bar at once, showing what is loading.
    expect(document.activeElement).not.toBe(address)
    expect(address.value).toBe('/getcookie')
    // The learner clicks back in; only then does /getcookie finish loading.
    await user.click(address)
    await finish()
    expect(document.activeElement).toBe(address)
    await user.keyboard('/deletecookie{Enter}')
    expect(host.calls('navigate').map(([, payload]) => payload)).toEqual([
      { target: '/getcookie' },
      { target: '/deletecookie' },
    ])
  })

  it('follows the pane when the user is not typing', () => {
    const { stores } = renderPane()
    act(() => stores.pane.setPane(makePane({ url: `${SERVER_URL}/john/` })))
    expect((screen.getByLabelText(/Address/) as HTMLInputElement).value).toBe(`${SERVER_URL}/john/`)
  })

  it('holds still while focused, so a pane event cannot swap the text being edited', async () => {
    const { stores, user } = renderPane()
    const address = screen.getByLabelText(/Address/) as HTMLInputElement
    await user.click(address)
    act(() => stores.pane.setPane(makePane({ url: `${SERVER_URL}/john/` })))
    expect(address.value).toBe(`${SERVER_URL}/`)
    await user.tab()
    expect(address.value).toBe(`${SERVER_URL}/john/`)
  })

  it('shows a refused address inline, in plain words, and keeps what was typed', async () => {
    const host = createFakeHost({
      navigate: () =>
        Promise.reject(new Error('Only http:// and https:// addresses open in the pane.')),
    })
    const { user } = renderPane(host)
    const address = screen.getByLabelText(/Address/) as HTMLInputElement
    await user.clear(address)
    await user.type(address, 'file:///etc/passwd{Enter}')
    expect(screen.getByRole('alert').textContent).toBe(
      'Only http:// and https:// addresses open in the pane.',
    )
    expect(address.value).toBe('file:///etc/passwd')
  })

  it('has back, forward, reload and home buttons that send their commands', async () => {
    const { host, user } = renderPane()
    expect((screen.getByRole('button', { name: 'Forward' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    await user.click(screen.getByRole('button', { name: 'Home' }))
    const commands = host.calls().map(([name]) => name)
    const paneCommands = commands.filter(
      (name) =>
        !['setPaneBounds', 'setPaneZoom', 'setPaneColorScheme', 'setLanguage'].includes(name),
    )
    expect(paneCommands).toEqual(['goBack', 'reload', 'goHome'])
  })
})

describe('the pane slot', () => {
  it('stays empty and reports its bounds, again when the window resizes', () => {
    let rect = { left: 12, top: 110, width: 600, height: 400 }
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () =>
        ({
          ...rect,
          x: rect.left,
          y: rect.top,
          right: 0,
          bottom: 0,
          toJSON: () => ({}),
        }) as DOMRect,
    )
    const { host } = renderPane()
    const slot = screen.getByTestId('pane-slot')
    expect(slot.childElementCount).toBe(0)
    expect(host.calls('setPaneBounds')).toEqual([
      ['setPaneBounds', { x: 12, y: 110, width: 600, height: 400 }],
    ])
    window.dispatchEvent(new Event('resize'))
    expect(host.calls('setPaneBounds')).toHaveLength(1)
    rect = { left: 12, top: 140, width: 560, height: 380 }
    window.dispatchEvent(new Event('resize'))
    expect(host.calls('setPaneBounds').at(-1)).toEqual([
      'setPaneBounds',
      { x: 12, y: 140, width: 560, height: 380 },
    ])
  })

  it('re-reports after a zoom, which rescales the window', () => {
    let top = 100
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ left: 0, top, width: 500, height: 300 }) as DOMRect,
    )
    const { host, stores } = renderPane()
    top = 125
    act(() => stores.settings.zoomIn())
    expect(host.calls('setPaneBounds').at(-1)?.[1]).toMatchObject({ y: 125 })
  })

  it('gives way to a message and a Reload button when the pane crashed', async () => {
    const { host, stores, user } = renderPane()
    act(() => stores.pane.setPane(makePane({ crashed: true })))
    expect(screen.queryByTestId('pane-slot')).toBeNull()
    expect(screen.getByText('The page in the pane crashed.')).toBeTruthy()
    // The native view must not cover the message: the slot reports that it is gone.
    expect(host.calls('setPaneBounds').at(-1)).toEqual([
      'setPaneBounds',
      { x: 0, y: 0, width: 0, height: 0 },
    ])
    await user.click(screen.getByRole('button', { name: 'Reload the page' }))
    expect(host.calls('reload')).toHaveLength(1)
  })
})
