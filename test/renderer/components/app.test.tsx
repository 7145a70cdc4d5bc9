// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/components/App'
import { applySettings } from '../../../src/renderer/src/settings-dom'
import type { AppStores } from '../../../src/renderer/src/stores/app-stores'
import {
  considered,
  makeChange,
  makeCookie,
  makeExchange,
  makeScriptWrite,
  makeSetCookieLine,
} from '../factories'
import { mockLayout, renderInApp } from '../render-app'

beforeAll(mockLayout)
afterEach(cleanup)

function fill(stores: AppStores) {
  act(() => {
    stores.inspector.setLive([makeCookie()])
    stores.timeline.upsert(
      makeExchange({
        setCookies: [
          makeSetCookieLine(
            'tracker=1; Path=/; SameSite=None',
            { name: 'tracker', value: '1', sameSite: 'None' },
            { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
          ),
        ],
        considered: [considered(makeCookie({ name: 'cart' }), ['NotOnPath'])],
        storeChanges: [makeChange('added', makeCookie())],
      }),
    )
    stores.timeline.upsert(makeScriptWrite())
  })
}

describe('App', () => {
  it('zooms with Ctrl + / Ctrl − / Ctrl 0', async () => {
    const { stores, user } = renderInApp(<App />)
    await user.keyboard('{Control>}={/Control}')
    expect(stores.settings.getSnapshot().zoom).toBe(1.1)
    await user.keyboard('{Control>}-{/Control}{Control>}-{/Control}')
    expect(stores.settings.getSnapshot().zoom).toBe(0.9)
    await user.keyboard('{Control>}0{/Control}')
    expect(stores.settings.getSnapshot().zoom).toBe(1)
    await user.keyboard('=')
    expect(stores.settings.getSnapshot().zoom).toBe(1)
  })

  it('switches theme and presenter from the header, and puts them on the document', async () => {
    const { stores, user } = renderInApp(<App />)
    await user.click(screen.getByRole('button', { name: 'Dark' }))
    await user.click(screen.getByRole('button', { name: 'Presenter' }))
    expect(screen.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true')
    applySettings(document.documentElement, stores.settings.getSnapshot())
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.style.fontSize).toBe('20px')
  })

  it('Enter in the timeline moves the keyboard into the detail, Escape brings it back', async () => {
    const { stores, user } = renderInApp(<App />)
    fill(stores)
    const list = screen.getByRole('listbox')
    list.focus()
    await user.keyboard('{Home}{Enter}')
    const detail = screen.getByRole('region', { name: 'Detail' }).querySelector('.panel-scroll')
    expect(document.activeElement).toBe(detail)
    await user.keyboard('{Escape}')
    expect(document.activeElement).toBe(list)
  })

  it('has landmarks, names and labels for everything (axe, structure rules)', async () => {
    const { stores, container } = renderInApp(<App />)
    fill(stores)
    act(() => stores.timeline.selectFirst())
    const result = await axe.run(container, {
      // jsdom has no layout or colours; contrast is checked in real Chromium end to end.
      rules: { 'color-contrast': { enabled: false } },
      resultTypes: ['violations'],
    })
    const serious = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
})
