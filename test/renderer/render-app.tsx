// Renders UI pieces inside the app's context, over the fake host, with what jsdom lacks for the
// virtualiser: element sizes (jsdom has no layout) and a ResizeObserver that never fires.

import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { vi } from 'vitest'
import { AppContext } from '../../src/renderer/src/app-context'
import { createAppStores, type AppStores } from '../../src/renderer/src/stores/app-stores'
import { createFakeHost, type FakeHost } from './fake-host'
import { SERVER_URL } from './factories'

export const LIST_HEIGHT = 600
export const ROW_HEIGHT = 60

/** Gives the timeline a 600 px viewport and every row 60 px, as a real layout would. */
export function mockLayout(): void {
  const sized = (get: (element: HTMLElement) => number) => ({
    configurable: true,
    get(this: HTMLElement) {
      return get(this)
    },
  })
  const isList = (element: HTMLElement) => element.getAttribute('role') === 'listbox'
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: sized((element) => (isList(element) ? LIST_HEIGHT : 0)),
    clientWidth: sized((element) => (isList(element) ? 800 : 0)),
    offsetHeight: sized((element) => (element.getAttribute('role') === 'option' ? ROW_HEIGHT : 0)),
    offsetWidth: sized(() => 800),
    // The list scrolls over its canvas, whose height the virtualiser sets.
    scrollHeight: sized((element) =>
      isList(element)
        ? Math.max(
            LIST_HEIGHT,
            parseFloat((element.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0,
          )
        : 0,
    ),
  })
  // jsdom neither scrolls nor remembers a scroll position: keep one, and announce it.
  const scrollTops = new WeakMap<Element, number>()
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return scrollTops.get(this) ?? 0
    },
    set(this: Element, top: number) {
      scrollTops.set(this, top)
    },
  })
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    value(this: Element, options: ScrollToOptions) {
      const top = Math.max(
        0,
        Math.min(options.top ?? this.scrollTop, this.scrollHeight - this.clientHeight),
      )
      if (top === this.scrollTop) return
      this.scrollTop = top
      this.dispatchEvent(new Event('scroll'))
    },
  })
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  )
}

export interface RenderedApp extends RenderResult {
  host: FakeHost
  stores: AppStores
  user: UserEvent
}

export function renderInApp(
  ui: ReactElement,
  options: { host?: FakeHost; stores?: AppStores; serverUrl?: string | null } = {},
): RenderedApp {
  const host = options.host ?? createFakeHost()
  const stores = options.stores ?? createAppStores(host.api)
  const serverUrl = options.serverUrl === undefined ? SERVER_URL : options.serverUrl
  if (serverUrl) stores.session.ready(serverUrl, `${serverUrl}/`)
  const user = userEvent.setup()
  const result = render(
    <AppContext.Provider value={{ stores, api: host.api }}>{ui}</AppContext.Provider>,
  )
  return { ...result, host, stores, user }
}
