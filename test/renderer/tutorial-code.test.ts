import { describe, expect, it } from 'vitest'
import { tutorialCodeFor } from '../../src/renderer/src/tutorial-code'
import { SERVER_URL, makeExchange } from './factories'

describe('tutorialCodeFor', () => {
  it('finds the route on any of the tutorial server’s names', () => {
    const local = tutorialCodeFor(makeExchange({ url: `${SERVER_URL}/john/set` }), SERVER_URL)
    expect(local?.route.title).toBe('Set username to John Doe')
    const shop = tutorialCodeFor(
      makeExchange({ url: 'http://www.shop.test:5123/cookies' }),
      SERVER_URL,
    )
    expect(shop?.route.path).toBe('/cookies')
  })

  it('matches the method too, and nothing on another port', () => {
    expect(
      tutorialCodeFor(makeExchange({ method: 'GET', url: `${SERVER_URL}/setcookie` }), SERVER_URL),
    ).toBeNull()
    expect(tutorialCodeFor(makeExchange({ url: 'http://127.0.0.1:5000/' }), SERVER_URL)).toBeNull()
    expect(tutorialCodeFor(makeExchange(), null)).toBeNull()
  })

  it('writes the playground’s exact set_cookie call from its query', () => {
    const code = tutorialCodeFor(
      makeExchange({
        url: `${SERVER_URL}/set?key=k&value=v&max_age=30&path=/john&domain=.shop.test&secure=YES&httponly=0&samesite=Strict`,
      }),
      SERVER_URL,
    )
    expect(code?.call).toBe(
      "resp.set_cookie('k', 'v', max_age=30, path='/john', domain='.shop.test', secure=True, samesite='Strict')",
    )
  })

  it('shows no call for a query the server refuses, but still the route', () => {
    const code = tutorialCodeFor(makeExchange({ url: `${SERVER_URL}/set?value=1` }), SERVER_URL)
    expect(code).toMatchObject({ route: { path: '/set' }, call: null })
  })
})
