import { describe, expect, it } from 'vitest'
import { PaneStore } from '../../../src/renderer/src/stores/pane-store'
import { createFakeHost, makePane } from '../fake-host'

describe('PaneStore', () => {
  it('navigates to what was typed, trimmed, and takes the pane state the host answers', async () => {
    const host = createFakeHost()
    const store = new PaneStore(host.api)
    expect(await store.navigate('  /getcookie ')).toBe(true)
    expect(host.calls('navigate')).toEqual([['navigate', { target: '/getcookie' }]])
    expect(store.getSnapshot().pane.url).toBe('http://127.0.0.1:5123/getcookie')
  })

  it('does not bother the host with an empty address, and says what to type', async () => {
    const host = createFakeHost()
    const store = new PaneStore(host.api)
    expect(await store.navigate('   ')).toBe(false)
    expect(host.calls('navigate')).toHaveLength(0)
    expect(store.getSnapshot().error).toMatch(/\/getcookie/)
  })

  it('shows a refused navigation in plain words, and clears it on the next command', async () => {
    const host = createFakeHost({
      navigate: () =>
        Promise.reject(
          new Error(
            "Error invoking remote method 'cookie-lab:command:navigate': Error: Only http:// and https:// addresses open in the pane.",
          ),
        ),
    })
    const store = new PaneStore(host.api)
    expect(await store.navigate('ftp://example')).toBe(false)
    expect(store.getSnapshot().error).toBe('Only http:// and https:// addresses open in the pane.')
    await store.reload()
    expect(store.getSnapshot().error).toBeNull()
  })

  it('runs back, forward, reload and home as their own commands', async () => {
    const host = createFakeHost({ goBack: () => makePane({ canGoForward: true }) })
    const store = new PaneStore(host.api)
    await store.goBack()
    await store.goForward()
    await store.reload()
    await store.goHome()
    expect(host.calls().map(([name]) => name)).toEqual(['goBack', 'goForward', 'reload', 'goHome'])
  })

  it('takes pane events as they come', () => {
    const store = new PaneStore(createFakeHost().api)
    store.setPane(makePane({ crashed: true }))
    expect(store.getSnapshot().pane.crashed).toBe(true)
  })
})
