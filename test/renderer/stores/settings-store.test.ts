import { describe, expect, it } from 'vitest'
import {
  MAX_SHARE,
  MIN_SHARE,
  SETTINGS_KEY,
  SettingsStore,
  type DarkModeQuery,
  type KeyValueStorage,
} from '../../../src/renderer/src/stores/settings-store'

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  data: Record<string, string>
} {
  const data = { ...initial }
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value
    },
  }
}

function darkQuery(matches: boolean) {
  const listeners = new Set<() => void>()
  const query: DarkModeQuery & { flip(to: boolean): void } = {
    matches,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    flip(to) {
      query.matches = to
      for (const listener of listeners) listener()
    },
  }
  return query
}

describe('SettingsStore', () => {
  it('follows the system theme by default, live', () => {
    const query = darkQuery(true)
    const store = new SettingsStore(memoryStorage(), query)
    expect(store.getSnapshot()).toMatchObject({ theme: 'system', resolvedTheme: 'dark' })
    query.flip(false)
    expect(store.getSnapshot().resolvedTheme).toBe('light')
    store.dispose()
    query.flip(true)
    expect(store.getSnapshot().resolvedTheme).toBe('light')
  })

  it('a chosen theme wins over the system and is kept in storage', () => {
    const storage = memoryStorage()
    const store = new SettingsStore(storage, darkQuery(true))
    store.setTheme('light')
    expect(store.getSnapshot().resolvedTheme).toBe('light')
    const again = new SettingsStore(storage, darkQuery(true))
    expect(again.getSnapshot()).toMatchObject({ theme: 'light', resolvedTheme: 'light' })
  })

  it('scales the root font for presenter and zoom, in steps, within bounds', () => {
    const store = new SettingsStore(memoryStorage(), null)
    expect(store.getSnapshot().rootFontPx).toBe(16)
    store.setPresenter(true)
    expect(store.getSnapshot().rootFontPx).toBe(20)
    store.zoomIn()
    expect(store.getSnapshot()).toMatchObject({ zoom: 1.1, rootFontPx: 22 })
    for (let i = 0; i < 20; i++) store.zoomIn()
    expect(store.getSnapshot().zoom).toBe(2)
    for (let i = 0; i < 20; i++) store.zoomOut()
    expect(store.getSnapshot().zoom).toBe(0.8)
    store.resetZoom()
    expect(store.getSnapshot().zoom).toBe(1)
  })

  it('stops zooming at the largest step the window holds, and keeps the step chosen', () => {
    const storage = memoryStorage()
    const store = new SettingsStore(storage, null)
    store.setWindowSize({ width: 1920, height: 1080 })
    expect(store.getSnapshot().maxZoom).toBe(1.5)
    for (let i = 0; i < 10; i++) store.zoomIn()
    expect(store.getSnapshot()).toMatchObject({ zoom: 1.5, rootFontPx: 24 })
    // Presenter's larger type leaves fewer steps; the window keeps four rows in view at 1280×720.
    store.setPresenter(true)
    expect(store.getSnapshot()).toMatchObject({ zoom: 1.25, maxZoom: 1.25, rootFontPx: 25 })
    store.setWindowSize({ width: 1280, height: 720 })
    expect(store.getSnapshot()).toMatchObject({ zoom: 0.9, maxZoom: 0.9, rootFontPx: 18 })
    store.zoomIn()
    expect(store.getSnapshot().zoom).toBe(0.9)
    store.setPresenter(false)
    expect(store.getSnapshot()).toMatchObject({ zoom: 1.1, maxZoom: 1.1 })
    // A step down is taken from the zoom in force, and becomes the choice.
    store.zoomOut()
    expect(store.getSnapshot().zoom).toBe(1)
    store.setWindowSize({ width: 1920, height: 1080 })
    expect(store.getSnapshot().zoom).toBe(1)
    // The chosen step, not the one a small window allowed, is what the next run starts from.
    for (let i = 0; i < 10; i++) store.zoomIn()
    store.setWindowSize({ width: 1280, height: 720 })
    const again = new SettingsStore(storage, null)
    again.setWindowSize({ width: 1920, height: 1080 })
    expect(again.getSnapshot().zoom).toBe(1.5)
    // A window smaller than the layout's room still has the smallest step.
    again.setWindowSize({ width: 640, height: 400 })
    expect(again.getSnapshot()).toMatchObject({ zoom: 0.8, maxZoom: 0.8 })
  })

  it("keeps Presenter's timeline split apart from the normal one", () => {
    const store = new SettingsStore(memoryStorage(), null)
    store.setPresenter(true)
    expect(store.getSnapshot().timelineSplit).toBe(MAX_SHARE)
    store.setTimelineShare(0.6)
    store.setPresenter(false)
    expect(store.getSnapshot()).toMatchObject({ timelineSplit: 0.45, timelineShare: 0.45 })
    store.setPresenter(true)
    expect(store.getSnapshot()).toMatchObject({ timelineSplit: 0.6, presenterTimelineShare: 0.6 })
  })

  it('ignores saved settings it cannot trust', () => {
    const broken = new SettingsStore(memoryStorage({ [SETTINGS_KEY]: '{not json' }), null)
    expect(broken.getSnapshot()).toMatchObject({ theme: 'system', presenter: false, zoom: 1 })
    const odd = new SettingsStore(
      memoryStorage({
        [SETTINGS_KEY]: JSON.stringify({ theme: 'pink', presenter: 'yes', zoom: 7 }),
      }),
      null,
    )
    expect(odd.getSnapshot()).toMatchObject({ theme: 'system', presenter: false, zoom: 1 })
  })

  it('keeps how each column is split, within bounds, between runs', () => {
    const storage = memoryStorage()
    const store = new SettingsStore(storage, null)
    expect(store.getSnapshot()).toMatchObject({ paneShare: 0.66, timelineShare: 0.45 })
    store.setPaneShare(0.5)
    store.setTimelineShare(0.95)
    expect(store.getSnapshot()).toMatchObject({ paneShare: 0.5, timelineShare: MAX_SHARE })
    store.setTimelineShare(-1)
    expect(store.getSnapshot().timelineShare).toBe(MIN_SHARE)
    const again = new SettingsStore(storage, null)
    expect(again.getSnapshot()).toMatchObject({ paneShare: 0.5, timelineShare: MIN_SHARE })
    const odd = new SettingsStore(
      memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ paneShare: 'half', timelineShare: 3 }) }),
      null,
    )
    expect(odd.getSnapshot()).toMatchObject({ paneShare: 0.66, timelineShare: MAX_SHARE })
  })

  it('still applies a setting when storage refuses to save it', () => {
    const store = new SettingsStore(
      {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError')
        },
      },
      null,
    )
    store.setPresenter(true)
    expect(store.getSnapshot().presenter).toBe(true)
  })
})
