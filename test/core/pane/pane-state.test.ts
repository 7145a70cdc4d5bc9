import { describe, expect, it } from 'vitest'
import type { PaneReading } from '../../../src/core/pane/pane-port'
import { BLANK_PANE_STATE, derivePaneState, samePaneState } from '../../../src/core/pane/pane-state'

function contents(over: Partial<Record<string, unknown>> = {}): PaneReading | null {
  const values = {
    destroyed: false,
    url: 'http://127.0.0.1:5123/getcookie',
    title: 'Get cookie',
    loading: false,
    back: true,
    forward: false,
    ...over,
  }
  if (values.destroyed) return null
  return {
    url: values.url as string,
    title: values.title as string,
    loading: values.loading as boolean,
    canGoBack: values.back as boolean,
    canGoForward: values.forward as boolean,
  }
}

describe('derivePaneState', () => {
  it('reads the live pane', () => {
    expect(
      derivePaneState(contents({ loading: true, forward: true }), false, BLANK_PANE_STATE),
    ).toEqual({
      url: 'http://127.0.0.1:5123/getcookie',
      title: 'Get cookie',
      canGoBack: true,
      canGoForward: true,
      loading: true,
      crashed: false,
    })
  })

  it('keeps the last URL while a fresh pane has none yet', () => {
    const previous = { ...BLANK_PANE_STATE, url: 'http://127.0.0.1:5123/' }
    expect(derivePaneState(contents({ url: '' }), false, previous).url).toBe(
      'http://127.0.0.1:5123/',
    )
  })

  it('marks a crashed pane: same address, not loading, no history moves', () => {
    const state = derivePaneState(
      contents({ loading: true, back: true, forward: true }),
      true,
      BLANK_PANE_STATE,
    )
    expect(state).toMatchObject({
      url: 'http://127.0.0.1:5123/getcookie',
      crashed: true,
      loading: false,
      canGoBack: false,
      canGoForward: false,
    })
  })

  it('treats a destroyed pane as crashed, keeping what it last showed', () => {
    const previous = {
      url: 'http://127.0.0.1:5123/cookies',
      title: 'Cookies',
      canGoBack: true,
      canGoForward: false,
      loading: true,
      crashed: false,
    }
    expect(derivePaneState(contents({ destroyed: true }), false, previous)).toEqual({
      ...previous,
      canGoBack: false,
      loading: false,
      crashed: true,
    })
    expect(derivePaneState(null, false, previous).crashed).toBe(true)
  })
})

describe('samePaneState', () => {
  it('compares every field', () => {
    expect(samePaneState(BLANK_PANE_STATE, { ...BLANK_PANE_STATE })).toBe(true)
    for (const change of [
      { url: 'http://x.test/' },
      { title: 'x' },
      { canGoBack: true },
      { canGoForward: true },
      { loading: true },
      { crashed: true },
    ]) {
      expect(
        samePaneState(BLANK_PANE_STATE, { ...BLANK_PANE_STATE, ...change }),
        JSON.stringify(change),
      ).toBe(false)
    }
  })
})
