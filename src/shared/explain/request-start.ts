// Who started a request, in words, from the browser's own statement on it: the `Sec-Fetch-Site`
// request header (W3C Fetch Metadata), which pages cannot set. `none` means no page started it:
// the browser did, for an address typed into its address bar, a reload, a bookmark or another
// of its own controls. The header cannot tell these apart, so the words name them all rather
// than guess "typed". Such a request has no initiating site, so the browser treats it as
// same-site: that is why SameSite=Strict cookies go with it even when the page shown before was
// on another site, which a learner who just left tracker.test does not expect.
// Chromium sends Fetch Metadata only to potentially trustworthy origins (https, localhost,
// 127.0.0.1): over plain http to a *.test name the header is absent, and then nothing is said.
// Where the app's own address bar (or Home) asked for the page, capture marks the request
// (`appNavigation`, core/capture/app-navigations.ts), and the note is given over plain http too.

import type { ConsideredCookie, Exchange } from '../domain'
import { formatMessage, type Locale } from '../messages/format-message'
import { conjunction } from '../messages/intl-formats'

export interface BrowserStartedNote {
  title: string
  /** What a browser-started request is, and what it means for SameSite. */
  because: string
  /** The request headers that say so. */
  evidence: string
  /** The cookies that went only because no other site started it; null when none did. */
  sentBecause: string | null
}

type StartFacts = Pick<
  Exchange,
  'fetchSite' | 'fetchUser' | 'appNavigation' | 'resourceType' | 'method' | 'considered'
>

/** The note for a request the browser started itself; null for any other (or when not known). */
export function explainBrowserStarted(
  exchange: StartFacts,
  locale?: Locale,
): BrowserStartedNote | null {
  const header = exchange.fetchSite === 'none'
  if (!header && !exchange.appNavigation) return null
  const navigation = exchange.resourceType === 'Document'
  const owed = sentOnlyBecauseBrowserStarted(exchange)
  const names = conjunction(
    locale ?? 'en',
    owed.map(({ cookie }) => `${cookie.name} (SameSite=${cookie.sameSite})`),
  )
  return {
    title: formatMessage('start.browser.title', undefined, locale),
    because: formatMessage(
      'start.browser.because',
      { navigation: navigation ? 'yes' : 'other' },
      locale,
    ),
    evidence: exchange.appNavigation
      ? formatMessage(
          'start.browser.appAsked',
          { header: header ? 'Sec-Fetch-Site: none' : 'none' },
          locale,
        )
      : formatMessage(
          'start.browser.evidence',
          { header: 'Sec-Fetch-Site: none', user: exchange.fetchUser ? 'yes' : 'other' },
          locale,
        ),
    sentBecause:
      owed.length === 0
        ? null
        : formatMessage('start.browser.sentRestricted', { count: owed.length, names }, locale),
  }
}

/**
 * The cookies sent that the same request would not have carried had a page of another site
 * started it: Strict ones always; Lax ones unless it is a top-level GET navigation, which Lax
 * lets through from other sites too (a link). A cookie without SameSite is not named: the
 * browser's default for it is not the cookie's own rule.
 */
function sentOnlyBecauseBrowserStarted(exchange: StartFacts): ConsideredCookie[] {
  const laxGoesAnyway = exchange.resourceType === 'Document' && exchange.method === 'GET'
  return exchange.considered.filter(
    ({ cookie, blockedReasons }) =>
      blockedReasons.length === 0 &&
      (cookie.sameSite === 'Strict' || (cookie.sameSite === 'Lax' && !laxGoesAnyway)),
  )
}
