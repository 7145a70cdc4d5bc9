import { describe, expect, it } from 'vitest'
import { explainBrowserStarted } from '../../../src/shared/explain/request-start'
import { considered, makeCookie, makeExchange } from '../factories'

const strict = makeCookie({ name: 'shopSession', value: 's1', sameSite: 'Strict' })
const lax = makeCookie({ name: 'cart', value: '3', sameSite: 'Lax' })
const plain = makeCookie({ name: 'seen', value: '1' })

describe('explainBrowserStarted', () => {
  it('says a navigation with Sec-Fetch-Site: none came from the browser, and why Strict went', () => {
    const note = explainBrowserStarted(
      makeExchange({
        fetchSite: 'none',
        resourceType: 'Document',
        considered: [considered(strict), considered(lax), considered(plain)],
      }),
    )
    expect(note?.title).toBe('Started by the browser, not by a page')
    expect(note?.because).toMatch(/^This navigation came from the browser itself: an address typed/)
    expect(note?.because).toContain('a reload, a bookmark')
    expect(note?.because).toContain('SameSite=Strict and Lax cookies go with it')
    expect(note?.evidence).toBe('The browser says so on the request: Sec-Fetch-Site: none.')
    // Lax goes with a top-level GET from another site's link too: only Strict is owed to it.
    expect(note?.sentBecause).toBe(
      'That is why shopSession (SameSite=Strict) went with it: the same request started by a page of another site would have left it behind.',
    )
  })

  it('names Lax cookies too where another site’s request would not carry them (a POST)', () => {
    const note = explainBrowserStarted(
      makeExchange({
        fetchSite: 'none',
        fetchUser: true,
        method: 'POST',
        resourceType: 'Document',
        considered: [considered(strict), considered(lax), considered(lax, ['SameSiteLax'])],
      }),
    )
    expect(note?.sentBecause).toContain('shopSession (SameSite=Strict) and cart (SameSite=Lax)')
    expect(note?.sentBecause).toContain('left them behind')
    expect(note?.evidence).toBe(
      'The browser says so on the request: Sec-Fetch-Site: none. It also sent Sec-Fetch-User: ?1: it counts the navigation as started by a user’s action.',
    )
  })

  it('says nothing of cookies when none was owed to it, and nothing at all for a page’s request', () => {
    expect(
      explainBrowserStarted(makeExchange({ fetchSite: 'none', considered: [considered(plain)] }))
        ?.sentBecause,
    ).toBeNull()
    for (const fetchSite of ['cross-site', 'same-site', 'same-origin', undefined] as const) {
      const exchange = makeExchange({ considered: [considered(strict)] })
      if (fetchSite) exchange.fetchSite = fetchSite
      expect(explainBrowserStarted(exchange)).toBeNull()
    }
  })

  it('says it over plain http too when the app’s own address bar asked for the page', () => {
    const note = explainBrowserStarted(
      makeExchange({
        appNavigation: true,
        resourceType: 'Document',
        considered: [considered(strict)],
      }),
    )
    expect(note?.evidence).toBe(
      'Cookie Lab’s address bar asked the pane for this page, so the browser started it. Over plain http the browser does not send Sec-Fetch-Site, so the app says it instead.',
    )
    expect(note?.sentBecause).toContain('shopSession (SameSite=Strict)')
    const both = explainBrowserStarted(
      makeExchange({ appNavigation: true, fetchSite: 'none', resourceType: 'Document' }),
    )
    expect(both?.evidence).toBe(
      'Cookie Lab’s address bar asked the pane for this page, so the browser started it. The browser says so on the request too: Sec-Fetch-Site: none.',
    )
  })
})
