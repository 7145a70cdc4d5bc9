// Navigations Cookie Lab's own address bar (or Home) asked the pane for. Such a navigation is
// started by the browser, not by a page, so it is same-site for SameSite (Strict cookies go with
// it); Chromium says so in `Sec-Fetch-Site: none`, but only to https and localhost, so over plain
// http to a *.test name the app must say it. The host's load call names no request, so the
// request is recognised here: the next top-level document request for that very URL that no page
// started (no user gesture in the page, no Referer), soon after the app asked. A page cannot
// start that same request in between without a Referer or a gesture, which is what keeps this a
// fact rather than a guess.

import type { RequestSent } from './network-events'

/** An ask not claimed by then was not carried out (refused, or replaced by another). */
const EXPECT_FOR_MS = 15_000
/** The app asks one navigation at a time; a few cover quick clicks without growing. */
const MAX_WAITING = 4

interface Expected {
  url: string
  until: number
}

export class AppNavigations {
  private waiting: Expected[] = []

  constructor(private readonly now: () => number) {}

  /** The app is about to load URL in the pane. */
  expect(url: string): void {
    const key = withoutFragment(url)
    if (key === null) return
    this.waiting.push({ url: key, until: this.now() + EXPECT_FOR_MS })
    if (this.waiting.length > MAX_WAITING) this.waiting.shift()
  }

  /** True when SENT is the request of a navigation the app asked for (which is then used up). */
  claim(sent: RequestSent): boolean {
    if (this.waiting.length === 0) return false
    const now = this.now()
    this.waiting = this.waiting.filter((expected) => expected.until >= now)
    if (
      sent.resourceType !== 'Document' ||
      sent.redirectResponse !== null ||
      sent.startedInPage ||
      sent.url === null
    ) {
      return false
    }
    const key = withoutFragment(sent.url)
    const index = this.waiting.findIndex((expected) => expected.url === key)
    if (index < 0) return false
    this.waiting.splice(index, 1)
    return true
  }
}

function withoutFragment(url: string): string | null {
  try {
    const parsed = new URL(url)
    parsed.hash = ''
    return parsed.toString()
  } catch {
    return null
  }
}
