// The pane's life as every host runs it, against a port that only keeps a history list.

import { describe, expect, it } from 'vitest'
import { loadFailureOf, PaneLifecycle } from '../../../src/core/pane/pane-lifecycle'
import { formatFact } from '../../../src/shared/messages/format-message'
import type { PaneState } from '../../../src/shared/domain'
import { FakePanePort } from './fake-pane-port'

const HOME = 'http://127.0.0.1:5123/'

function pane() {
  const port = new FakePanePort()
  const logged: string[] = []
  const lifecycle = new PaneLifecycle(port, { homeUrl: HOME, log: (m) => void logged.push(m) })
  const published: PaneState[] = []
  lifecycle.onState((state) => void published.push(state))
  return { port, lifecycle, published, logged }
}

/** Lets the reads queued by port events finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('PaneLifecycle', () => {
  it('navigates with capture prepared first, and publishes where it went', async () => {
    const { port, lifecycle, published } = pane()
    port.title = 'Home'
    await lifecycle.navigate(HOME)
    expect(port.calls).toEqual(['prepare', `load ${HOME}`])
    expect(lifecycle.state()).toEqual({
      url: HOME,
      title: 'Home',
      canGoBack: false,
      canGoForward: false,
      loading: false,
      crashed: false,
    })
    expect(published.at(-1)).toEqual(lifecycle.state())
  })

  it('refuses anything but http and https before the port sees it', async () => {
    const { port, lifecycle } = pane()
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'nope']) {
      await expect(lifecycle.navigate(url)).rejects.toThrow('only opens http: and https: pages')
    }
    expect(port.calls).toEqual([])
  })

  it('says in plain words why the pane could not open a page, and keeps the state current', async () => {
    const { port, lifecycle } = pane()
    await lifecycle.navigate(HOME)
    port.failNext = {
      message: 'page.goto: net::ERR_CONNECTION_REFUSED at http://x.test/\nCall log: ...',
    }
    const failed = lifecycle.navigate('http://x.test/')
    await expect(failed).rejects.toMatchObject({
      fact: {
        code: 'paneLoadFailed',
        params: {
          url: 'http://x.test/',
          why: { code: 'netError', params: { name: 'ERR_CONNECTION_REFUSED' } },
          code: 'net::ERR_CONNECTION_REFUSED',
        },
      },
    })
    await expect(failed).rejects.toThrow(
      'The pane could not open http://x.test/: nothing is listening at that address and port: ' +
        'the server is not running, or it runs on another port. (net::ERR_CONNECTION_REFUSED)',
    )
    expect(lifecycle.state().url).toBe(HOME)
  })

  it('reads the error name and address from Electron’s words too, and leaks no API name', async () => {
    expect(
      loadFailureOf(
        Object.assign(new Error("ERR_UNSAFE_PORT (-312) loading 'http://localhost:1/'"), {
          code: 'ERR_UNSAFE_PORT',
        }),
        null,
      ),
    ).toEqual({
      code: 'paneLoadFailed',
      params: {
        url: 'http://localhost:1/',
        why: { code: 'netError', params: { name: 'ERR_UNSAFE_PORT' } },
        code: 'net::ERR_UNSAFE_PORT',
      },
    })
    const timeout = loadFailureOf(
      new Error('page.goto: Timeout 30000ms exceeded.'),
      'http://a.test/',
    )
    expect(formatFact(timeout)).toBe(
      'The pane could not open http://a.test/: Timeout 30000ms exceeded.',
    )
  })

  it('does not report a navigation that a newer one replaced', async () => {
    const { port, lifecycle } = pane()
    port.failNext = { message: 'navigation aborted', code: 'ERR_ABORTED' }
    await expect(lifecycle.navigate(HOME)).resolves.toBeUndefined()
  })

  it('moves through history and publishes what the UI may offer', async () => {
    const { port, lifecycle } = pane()
    await lifecycle.navigate(HOME)
    await lifecycle.navigate(`${HOME}getcookie`)
    expect(lifecycle.state()).toMatchObject({ canGoBack: true, canGoForward: false })
    await lifecycle.goBack()
    expect(lifecycle.state()).toMatchObject({ url: HOME, canGoBack: false, canGoForward: true })
    await lifecycle.goForward()
    expect(lifecycle.state()).toMatchObject({ url: `${HOME}getcookie`, canGoForward: false })
    await lifecycle.reload()
    expect(port.calls.filter((call) => !call.startsWith('prepare'))).toEqual([
      `load ${HOME}`,
      `load ${HOME}getcookie`,
      'back',
      'forward',
      'reload',
    ])
  })

  it('keeps the zoom on every page it goes to next, set before the navigation counts as done', async () => {
    const { port, lifecycle } = pane()
    await lifecycle.setZoom(1.5)
    expect(port.zooms).toEqual([{ factor: 1.5, newPage: false }])
    port.zooms.length = 0
    await lifecycle.navigate(`${HOME}getcookie`)
    // At commit (the port's `navigated`) and again once loaded.
    expect(port.zooms).toEqual([
      { factor: 1.5, newPage: true },
      { factor: 1.5, newPage: true },
    ])
    port.zooms.length = 0
    await lifecycle.goBack()
    port.emit({ type: 'navigated' }) // a link the learner clicked in the page
    expect(port.zooms.every((zoom) => zoom.factor === 1.5)).toBe(true)
    expect(port.zooms.length).toBeGreaterThan(0)
  })

  it('tells the page the colour scheme at once, and a fresh renderer after a crash again', async () => {
    const { port, lifecycle } = pane()
    await lifecycle.navigate(`${HOME}getcookie`)
    await lifecycle.setColorScheme('dark')
    expect(port.colorSchemes).toEqual(['dark'])
    port.emit({ type: 'crashed', reason: 'crashed' })
    await lifecycle.setColorScheme('light') // remembered, not sent to a dead renderer
    expect(port.colorSchemes).toEqual(['dark'])
    await lifecycle.reload()
    expect(port.colorSchemes).toEqual(['dark', 'light'])
  })

  it('a crash opens a capture gap, shows a crashed pane, and reload brings the same address back', async () => {
    const { port, lifecycle, logged } = pane()
    await lifecycle.navigate(HOME)
    await lifecycle.navigate(`${HOME}cookies`)
    port.emit({ type: 'crashed', reason: 'crashed' })
    await settled()
    expect(port.suspended).toEqual([{ code: 'paneStopped', params: { detail: 'crashed' } }])
    expect(logged).toContain('pane: renderer gone (crashed)')
    expect(lifecycle.state()).toEqual({
      url: `${HOME}cookies`,
      title: '',
      canGoBack: false,
      canGoForward: false,
      loading: false,
      crashed: true,
    })
    // No history moves on a dead page.
    port.calls.length = 0
    await lifecycle.goBack()
    await lifecycle.goForward()
    expect(port.calls).toEqual([])

    port.zooms.length = 0
    await lifecycle.setZoom(2)
    expect(port.zooms).toEqual([]) // nothing to zoom; the fresh page gets it
    await lifecycle.reload()
    expect(port.calls).toEqual(['prepare:replace', `load ${HOME}cookies`])
    expect(lifecycle.state()).toMatchObject({ url: `${HOME}cookies`, crashed: false })
    expect(port.zooms.at(-1)).toEqual({ factor: 2, newPage: true })
  })

  it('reloads a crashed pane that never had an http address at the home page', async () => {
    const { port, lifecycle } = pane()
    port.emit({ type: 'crashed', reason: 'oom' })
    await settled()
    expect(lifecycle.state()).toMatchObject({ url: 'about:blank', crashed: true })
    await lifecycle.reload()
    expect(port.calls).toEqual(['prepare:replace', `load ${HOME}`])
  })

  it('treats a destroyed page as crashed, with a capture gap, and recreates it on reload', async () => {
    const { port, lifecycle } = pane()
    await lifecycle.navigate(`${HOME}getcookie`)
    port.destroyed = true
    port.emit({ type: 'destroyed' })
    await settled()
    expect(lifecycle.state()).toMatchObject({ url: `${HOME}getcookie`, crashed: true })
    expect(port.suspended).toEqual([{ code: 'paneClosed' }])
    await lifecycle.reload()
    expect(port.calls.slice(-2)).toEqual(['prepare:replace', `load ${HOME}getcookie`])
    expect(lifecycle.state().crashed).toBe(false)
  })

  it('opens a popup in the pane itself, and refuses one to anything but http(s)', async () => {
    const { port, lifecycle, logged } = pane()
    port.emit({ type: 'open-requested', url: `${HOME}cookies` })
    await settled()
    expect(lifecycle.state().url).toBe(`${HOME}cookies`)
    port.emit({ type: 'open-requested', url: 'file:///etc/passwd' })
    await settled()
    expect(logged).toContain('pane: refused a popup to file:///etc/passwd')
    expect(port.calls.filter((call) => call.startsWith('load'))).toEqual([`load ${HOME}cookies`])
  })

  it('publishes a change once, in order, and nothing when nothing changed', async () => {
    const { port, lifecycle, published } = pane()
    await lifecycle.navigate(HOME)
    const before = published.length
    port.emit({ type: 'loading-stopped' })
    port.emit({ type: 'loading-stopped' })
    await settled()
    expect(published).toHaveLength(before)
    port.title = 'Cookies'
    port.emit({ type: 'title' })
    port.emit({ type: 'title' })
    port.emit({ type: 'title' })
    await settled()
    expect(published.slice(before).map((state) => state.title)).toEqual(['Cookies'])
  })

  it('stops listening to the port when closed', () => {
    const { port, lifecycle } = pane()
    expect(port.listenerCount).toBe(1)
    lifecycle.close()
    expect(port.listenerCount).toBe(0)
  })
})
