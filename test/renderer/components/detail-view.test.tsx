// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DetailView } from '../../../src/renderer/src/components/DetailView'
import type { TimelineEntry } from '../../../src/shared/domain'
import {
  SERVER_URL,
  considered,
  makeChange,
  makeCookie,
  makeExchange,
  makeFailedExchange,
  makeScriptWrite,
  makeSetCookieLine,
} from '../factories'
import { renderInApp } from '../render-app'

afterEach(cleanup)

function showDetail(entry: TimelineEntry) {
  const rendered = renderInApp(<DetailView onClose={() => {}} />)
  act(() => {
    rendered.stores.timeline.upsert(entry)
    rendered.stores.timeline.select(entry.id)
  })
  return rendered
}

describe('DetailView', () => {
  it('invites a selection before there is one', () => {
    renderInApp(<DetailView onClose={() => {}} />)
    expect(screen.getByText('Select a row to see it in full.')).toBeTruthy()
  })

  it('shows the raw headers as on the wire, with the cookie lines picked out', () => {
    const { container } = showDetail(
      makeExchange({
        url: `${SERVER_URL}/getcookie`,
        cookiePairs: [{ name: 'userID', value: 'alice' }],
      }),
    )
    const request = screen.getByRole('figure', { name: 'Request headers, as on the wire' })
    expect(request.textContent).toContain('Host: 127.0.0.1:5123')
    expect(container.querySelector('.header-cookie')?.textContent).toBe('Cookie: userID=alice\n')
    expect(
      screen.getByRole('figure', { name: 'Response headers, as on the wire' }).textContent,
    ).toContain('Content-Type: text/html; charset=utf-8')
  })

  it('shows a header whose bytes are UTF-8 as its text, marked, with the bytes on hover', () => {
    const wire = 'w=h\u00c3\u00a9llo'
    const { container } = showDetail(
      makeExchange({ requestHeaders: [{ name: 'Cookie', value: wire, utf8: 'w=héllo' }] }),
    )
    const line = container.querySelector('.header-cookie')
    expect(line?.textContent).toBe('Cookie: w=héllo (UTF-8)\n')
    expect(line?.querySelector('[title]')?.getAttribute('title')).toBe(`byte by byte: ${wire}`)
  })

  it('says "not observed" instead of inventing headers', () => {
    showDetail(makeExchange({ requestHeaders: null, responseHeaders: null }))
    expect(screen.getByText(/Request headers: not observed/)).toBeTruthy()
    expect(screen.getByText(/Response headers: not observed/)).toBeTruthy()
  })

  it('says how many bytes capture cut from a long URL or header value', () => {
    showDetail(
      makeExchange({
        url: `${SERVER_URL}/?q=xxxx`,
        urlCutBytes: 1_048_000,
        responseHeaders: [{ name: 'X-Padding', value: 'hhhh', cutBytes: 2_000_000 }],
      }),
    )
    expect(screen.getByText(/The URL goes on: … 1,048,000 bytes cut/)).toBeTruthy()
    expect(
      screen.getByRole('figure', { name: 'Response headers, as on the wire' }).textContent,
    ).toContain('X-Padding: hhhh… 2,000,000 bytes cut')
  })

  it('says the headers of an older exchange were released, not that they were never seen', () => {
    showDetail(
      makeExchange({ requestHeaders: [], responseHeaders: [], headersReleasedBytes: 4096 }),
    )
    expect(screen.getByText(/Released: .* \(4,096 bytes\) were let go/)).toBeTruthy()
    expect(screen.queryByText(/not observed/)).toBeNull()
    expect(screen.queryByRole('figure', { name: /headers, as on the wire/ })).toBeNull()
  })

  it('explains every attribute of a Set-Cookie line in one sentence', () => {
    showDetail(
      makeExchange({
        url: `${SERVER_URL}/set?key=theme&value=dark&max_age=60&httponly=1`,
        setCookies: [
          makeSetCookieLine('theme=dark; Expires=…; Max-Age=60; HttpOnly; Path=/', {
            name: 'theme',
            value: 'dark',
            maxAge: 60,
            httpOnly: true,
          }),
        ],
      }),
    )
    expect(
      screen.getByText('Set-Cookie: theme=dark; Expires=…; Max-Age=60; HttpOnly; Path=/'),
    ).toBeTruthy()
    expect(
      screen.getByText('Deleted 60 seconds after it was set, even if the browser stays open.'),
    ).toBeTruthy()
    expect(
      screen.getByText(
        "JavaScript's document.cookie cannot see it: it travels only in HTTP headers.",
      ),
    ).toBeTruthy()
    expect(screen.getByText('stored')).toBeTruthy()
  })

  it('for a blocked cookie, says what the reason means and how to fix it', () => {
    showDetail(
      makeExchange({
        url: `${SERVER_URL}/set?key=tracker&value=1&samesite=None`,
        setCookies: [
          makeSetCookieLine(
            'tracker=1; Path=/; SameSite=None',
            { name: 'tracker', value: '1', sameSite: 'None' },
            { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
          ),
        ],
      }),
    )
    expect(screen.getByText('not stored')).toBeTruthy()
    expect(screen.getByText('SameSiteNoneInsecure')).toBeTruthy()
    expect(
      screen.getByText(/^Not stored because the line says SameSite=None but not Secure/),
    ).toBeTruthy()
    expect(screen.getByText(/Add Secure \(Flask: secure=True\)/)).toBeTruthy()
  })

  it('puts every problem of a line in the catalogue’s words, parameters filled in', () => {
    showDetail(
      makeExchange({
        setCookies: [
          makeSetCookieLine(
            'big=…; SameSite=Bogus',
            { name: 'big', value: '…', sameSite: 'Bogus' },
            { status: 'blocked', reasons: ['NameValuePairExceedsMaxSize'] },
            [
              { code: 'nameValueTooLong', params: { bytes: 5003, max: 4096 } },
              { code: 'controlCharacters', params: { codes: '0x01, 0x7f', count: 2 } },
              { code: 'sameSiteUnknown', params: { sameSite: 'Bogus' } },
            ],
          ),
        ],
      }),
    )
    const problems = [...document.querySelectorAll('.line-problem')]
    expect(problems.every((p) => p.querySelector('svg.icon-warning'))).toBe(true)
    expect(problems.map((p) => p.textContent?.trim())).toEqual([
      'Its name and value are 5003 bytes together, over the 4096 bytes browsers accept.',
      'It contains the control characters 0x01, 0x7f, which browsers refuse.',
      'SameSite=Bogus is not Strict, Lax or None, so the browser ignores it.',
    ])
  })

  it('puts what matters first: the blocked cookie and its fix, the cookies, then the headers', () => {
    const { container } = showDetail(
      makeExchange({
        url: `${SERVER_URL}/set?key=tracker&value=1&samesite=None`,
        cookiePairs: [{ name: 'userID', value: 'alice' }],
        considered: [considered(makeCookie())],
        setCookies: [
          makeSetCookieLine('theme=dark; Path=/', { name: 'theme', value: 'dark' }),
          makeSetCookieLine(
            'tracker=1; Path=/; SameSite=None',
            { name: 'tracker', value: '1', sameSite: 'None' },
            { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
          ),
        ],
      }),
    )
    const titles = [...container.querySelectorAll('.cookie-explain-title')].map(
      (title) => title.textContent,
    )
    expect(titles).toEqual(['tracker=1 not stored', 'userID=alice sent', 'theme=dark stored'])
    const why = screen.getByRole('note')
    const requestHeaders = screen.getByRole('figure', { name: 'Request headers, as on the wire' })
    const responseHeaders = screen.getByRole('figure', { name: 'Response headers, as on the wire' })
    const flask = screen.getByRole('heading', { name: 'The Flask code behind this response' })
    const precedes = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
    expect(
      precedes(why, container.querySelector('.cookie-explain:not(.cookie-explain-blocked)')!),
    ).toBe(true)
    expect(precedes(flask, requestHeaders)).toBe(true)
    expect(precedes(requestHeaders, responseHeaders)).toBe(true)
    // Still whole, and open to start with.
    expect(requestHeaders.textContent).toContain('Host: 127.0.0.1:5123')
    expect(requestHeaders.closest('details')?.open).toBe(true)
  })

  it('says where the cookies went when the browser refused all of them', () => {
    showDetail(
      makeExchange({
        considered: [
          considered(makeCookie({ name: 'cart', sameSite: 'Strict' }), ['SameSiteStrict']),
        ],
        setCookies: [
          makeSetCookieLine(
            'tracker=1; Path=/; SameSite=None',
            { name: 'tracker', value: '1', sameSite: 'None' },
            { status: 'blocked', reasons: ['SameSiteNoneInsecure'] },
          ),
        ],
      }),
    )
    expect(
      screen.getByText(/the browser held back every cookie it had for this URL \(see above\)/),
    ).toBeTruthy()
    expect(
      screen.getByText('The browser refused every cookie this response set (see above).'),
    ).toBeTruthy()
  })

  it('says why a request failed and that it never reached a server, blaming no cache', () => {
    showDetail(makeFailedExchange({ browserRetries: 2 }))
    expect(screen.getByText(/^no host by that name could be found/)).toBeTruthy()
    expect(screen.getByText('net::ERR_NAME_NOT_RESOLVED', { selector: 'small' })).toBeTruthy()
    expect(screen.getByText(/It never reached a server/)).toBeTruthy()
    expect(
      screen.getByText(
        /The address was tried 2 times more \(Chromium’s error page tries again by itself/,
      ),
    ).toBeTruthy()
    expect(
      screen.getByText(/^Request headers: none\. The request failed before it went out/),
    ).toBeTruthy()
    expect(screen.queryByText(/service worker|cached response/)).toBeNull()
  })

  it('explains a cookie the browser did not send', () => {
    showDetail(
      makeExchange({
        considered: [
          considered(makeCookie({ name: 'cart', path: '/shop', sameSite: 'Strict' }), [
            'SameSiteStrict',
          ]),
        ],
      }),
    )
    expect(screen.getByText('not sent')).toBeTruthy()
    expect(screen.getByText(/^Not sent because the cookie has SameSite=Strict/)).toBeTruthy()
    expect(screen.getByText('How to fix it:')).toBeTruthy()
    expect(screen.getByText(/Sent only to URLs under \/shop/)).toBeTruthy()
  })

  it('shows a cookie its own Path keeps from this URL as the rule at work, with why and no fix', () => {
    showDetail(
      makeExchange({
        url: `${SERVER_URL}/`,
        considered: [considered(makeCookie({ name: 'john', path: '/john' }), ['NotOnPath'])],
      }),
    )
    expect(screen.getByText('not for this URL')).toBeTruthy()
    expect(screen.queryByText('not sent')).toBeNull()
    expect(screen.queryByText('Blocked by the browser: why, and how to fix it')).toBeNull()
    expect(screen.queryByText('How to fix it:')).toBeNull()
    expect(screen.getByText('Why:')).toBeTruthy()
    expect(
      screen.getByText(
        /^Not sent, and that is the cookie’s own rule at work: this URL is not under/,
      ),
    ).toBeTruthy()
    expect(screen.getByText(/none of the browser’s cookies is meant for this URL/)).toBeTruthy()
  })

  it('shows the Flask code of a tutorial route, and the exact call for the playground', () => {
    const { unmount } = showDetail(makeExchange({ url: `${SERVER_URL}/getcookie` }))
    expect(screen.getByText('Read the userID cookie')).toBeTruthy()
    expect(screen.getByText(/name = request\.cookies\.get\('userID'\)/)).toBeTruthy()
    unmount()
    showDetail(makeExchange({ url: `${SERVER_URL}/set?key=a&value=b&max_age=30&samesite=Lax` }))
    expect(screen.getByText("resp.set_cookie('a', 'b', max_age=30, samesite='Lax')")).toBeTruthy()
  })

  it('shows no Flask code for a site that is not the tutorial server', () => {
    showDetail(makeExchange({ url: 'http://127.0.0.1:5000/getcookie' }))
    expect(screen.queryByText('The Flask code behind this response')).toBeNull()
  })

  it('lists the store changes in words', () => {
    showDetail(
      makeExchange({
        storeChanges: [makeChange('removed', makeCookie(), { by: 'response', entryId: 'x1' })],
      }),
    )
    expect(
      screen.getByText('userID removed from the store, by a Set-Cookie header on the response.'),
    ).toBeTruthy()
  })

  it('explains that a script write never crossed the network', () => {
    showDetail(makeScriptWrite())
    expect(screen.getByText('A script wrote a cookie')).toBeTruthy()
    expect(screen.getByText(/send nothing over the network/)).toBeTruthy()
  })

  it('starts each newly selected row at its top', () => {
    const first = makeExchange()
    const second = makeExchange()
    const { stores, container } = showDetail(first)
    const scroller = container.querySelector<HTMLElement>('.panel-scroll')!
    scroller.scrollTop = 250
    expect(scroller.scrollTop).toBe(250)
    act(() => {
      stores.timeline.upsert(second)
      stores.timeline.select(second.id)
    })
    expect(scroller.scrollTop).toBe(0)
  })

  it('gives the keyboard back to the timeline on Escape', async () => {
    const onClose = vi.fn()
    const { user } = renderInApp(<DetailView onClose={onClose} />)
    screen
      .getByRole('region', { name: 'Detail' })
      .querySelector<HTMLElement>('.panel-scroll')!
      .focus()
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalled()
  })

  it('says when the browser started a request itself: open when a Strict cookie went for it', () => {
    const strict = makeCookie({ name: 'shopSession', sameSite: 'Strict' })
    const typed = makeExchange({ fetchSite: 'none', considered: [considered(strict)] })
    showDetail(typed)
    const note = screen.getByRole('note', { name: 'Started by the browser, not by a page' })
    expect(note.textContent).toContain('shopSession (SameSite=Strict) went with it')
    expect(note.querySelector('details')).toBeNull()
    cleanup()
    showDetail(makeExchange({ id: 'plain', fetchSite: 'none' }))
    const folded = screen.getByRole('note', { name: 'Started by the browser, not by a page' })
    expect(folded.querySelector('details')?.open).toBe(false)
    cleanup()
    showDetail(
      makeExchange({ id: 'link', fetchSite: 'cross-site', considered: [considered(strict)] }),
    )
    expect(screen.queryByRole('note', { name: 'Started by the browser, not by a page' })).toBeNull()
  })
})
