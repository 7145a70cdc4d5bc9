// A cross-site iframe runs in a renderer process of its own, with a DevTools target of its own:
// its document's response ends there, and every request the frame makes is reported only there.
// Capture attaches to those targets (frame-targets.ts), here through Playwright's session, which
// reaches them as nested sessions; Electron's debugger reaches them as flat sessions, the same
// code with another transport (test/main/debugger-connection.test.ts).

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect } from 'vitest'
import type { Frame } from 'playwright-core'
import { labTest } from '../support/lab-test'
import type { PaneLab } from '../support/lab-harness'
import { latestComplete, pathOf, urlOf } from '../support/captured'
import type { Exchange } from '../../src/shared/domain'

const CHIP = 'key=chip&value=1&secure=1&samesite=None&partitioned=1'

const on = (host: string, path: string) => (exchange: Exchange) =>
  urlOf(exchange).hostname === host && pathOf(exchange) === path

/** The pane's frame showing HOST, once it is there. */
async function frameOf(lab: PaneLab, host: string): Promise<Frame> {
  await expect
    .poll(() => lab.page.frames().some((frame) => frame.url().includes(`//${host}:`)))
    .toBe(true)
  return lab.page.frames().find((frame) => frame.url().includes(`//${host}:`))!
}

labTest('a cross-site frame’s own document completes, with its status', async ({ lab }) => {
  await lab.session.navigate(lab.httpsUrl(`/embed?site=tracker.test&${CHIP}`, 'www.shop.test'))
  // Before capture heard the frame's target, this exchange stayed pending for good.
  const framed = await latestComplete(lab.capture, on('tracker.test', `/set?${CHIP}`))
  expect(framed.status).toBe(200)
  expect(framed.setCookies.map((line) => line.raw)).toEqual([
    expect.stringMatching(/^chip=1; .*Partitioned/),
  ])
})

labTest(
  'requests a cross-site frame makes itself are captured, with the partitioned cookie they send',
  async ({ lab }) => {
    await lab.session.navigate(lab.httpsUrl(`/embed?site=tracker.test&${CHIP}`, 'www.shop.test'))
    await latestComplete(lab.capture, on('tracker.test', `/set?${CHIP}`))
    const frame = await frameOf(lab, 'tracker.test')
    await frame.evaluate(() => fetch('/getcookie?from=frame').then((response) => response.text()))

    // Its raw headers (the frame target's ExtraInfo) may come after loadingFinished under load:
    // the Cookie header is read from them, so wait for them rather than read it before.
    const fetched = await latestComplete(
      lab.capture,
      (exchange) =>
        on('tracker.test', '/getcookie?from=frame')(exchange) && exchange.requestHeaders !== null,
    )
    expect(fetched.resourceType).toBe('Fetch')
    expect(fetched.initiatorOrigin).toBe(new URL(lab.httpsUrl('/', 'tracker.test')).origin)
    // The cookie of tracker.test's jar under shop.test goes with the frame's own request.
    expect(fetched.cookieHeader).toBe('chip=1')
  },
)

labTest('a frame of a third site inside a cross-site frame is heard as well', async ({ lab }) => {
  // Three sites nested: a.test embeds b.test, which embeds c.test. The tutorial's own pages may
  // only be framed by its hosts, so a small server of the test's own plays the three sites.
  const nest = createServer((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0]
    const inner = host === 'a.test' ? 'b.test' : host === 'b.test' ? 'c.test' : null
    response.writeHead(200, {
      'Content-Type': 'text/html',
      ...(inner === null ? { 'Set-Cookie': 'deep=1; Path=/' } : {}),
    })
    response.end(inner ? `<iframe src="//${inner}:${port}/"></iframe>` : '<p>the third site</p>')
  })
  await new Promise<void>((resolve) => nest.listen(0, '127.0.0.1', resolve))
  const port = (nest.address() as AddressInfo).port
  try {
    await lab.session.navigate(`http://a.test:${port}/`)
    const inner = await latestComplete(lab.capture, on('c.test', '/'))
    expect(inner.status).toBe(200)
    expect(inner.setCookies.map((line) => line.raw)).toEqual(['deep=1; Path=/'])

    const frame = await frameOf(lab, 'c.test')
    await frame.evaluate(() => fetch('/?from=c').then((response) => response.text()))
    const fetched = await latestComplete(lab.capture, on('c.test', '/?from=c'))
    expect(fetched.initiatorOrigin).toBe(`http://c.test:${port}`)
  } finally {
    // Chromium keeps its connections alive: close them, or close() waits for them.
    nest.closeAllConnections()
    await new Promise((resolve) => nest.close(resolve))
  }
})
