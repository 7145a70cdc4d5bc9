// The cookie store as Chromium itself holds it, for end-to-end tests to hold what the UI and
// capture say against.

import type { Protocol } from 'devtools-protocol'
import type { Page } from 'playwright-core'

/**
 * The page's whole cookie store, partitioned cookies included, with their partitionKey. (Found
 * here: Network.getAllCookies on a page's session returns them; Storage.getCookies without a
 * browserContextId reads the default context, not this one, and returns nothing.)
 */
export async function storedCookiesOf(page: Page): Promise<Protocol.Network.Cookie[]> {
  const session = await page.context().newCDPSession(page)
  try {
    const { cookies } = (await session.send('Network.getAllCookies')) as {
      cookies: Protocol.Network.Cookie[]
    }
    return cookies
  } finally {
    await session.detach()
  }
}
