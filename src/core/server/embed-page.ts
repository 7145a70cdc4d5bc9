// `GET /embed?site=tracker.test&key=…`: a page of this host that embeds another tutorial host's
// `/set` in an iframe, so the third-party cookie lessons (SameSite=None, Partitioned/CHIPS) run
// between real sites. Only the tutorial's own hosts can be embedded (CSP frame-src names them).

import type { Locale } from '../../shared/messages/format-message'
import { html, link, type SafeHtml } from './html'
import { HttpError } from './http-error'
import { pageHtml, pageWords, plainWords, wordedLater } from './page-text'
import type { TutorialPorts } from './request-initiator'
import {
  otherSchemeOrigin,
  servesHttps,
  tutorialOrigin,
  tutorialSources,
  type Scheme,
} from './tutorial-origins'

export const EMBED_PATH = '/embed'
const DEFAULT_SITE = 'tracker.test'

export interface EmbedPage {
  title: string
  body: SafeHtml
  frameSrc: readonly string[]
}

/** The page, or HttpError 400 when `site` is not a tutorial host. */
export function embedPage(
  hostname: string,
  scheme: Scheme,
  ports: TutorialPorts,
  query: Map<string, string>,
  rawQuery: string,
  locale: Locale,
): EmbedPage {
  const site = (query.get('site') ?? DEFAULT_SITE).toLowerCase()
  if (!servesHttps(site)) {
    const fallback = link(`${EMBED_PATH}?site=${DEFAULT_SITE}&key=id&value=1`, DEFAULT_SITE)
    throw new HttpError(
      400,
      wordedLater('page.crossSite.notTutorialSiteTitle'),
      (locale) =>
        html`<p>${pageHtml('page.embed.notTutorialSite', { site, link: fallback }, locale)}</p>`,
    )
  }
  // The rest of the query is the /set query, passed on exactly as it came.
  const setQuery = rawQuery
    .split('&')
    .filter((field) => field !== '' && !field.startsWith('site='))
    .join('&')
  const src = `${tutorialOrigin(site, scheme, ports)}/set${setQuery ? `?${setQuery}` : ''}`
  const secure = scheme === 'http' ? otherSchemeOrigin(hostname, scheme, ports) : null
  const overHttps =
    secure === null
      ? ''
      : link(
          `${secure}${EMBED_PATH}${rawQuery ? `?${rawQuery}` : ''}`,
          plainWords('page.embed.openOverHttps', locale),
        )
  return {
    title: pageWords('page.embed.title', { site, host: hostname }, locale),
    frameSrc: tutorialSources(ports),
    body: html`<p>${pageHtml('page.embed.intro', { host: hostname, site }, locale)}</p>
      ${
        secure === null
          ? ''
          : html`<p class="note">
              ${pageHtml('page.embed.overHttp', { link: overHttps }, locale)}
            </p>`
      }
      <iframe
        src="${src}"
        title="${pageWords('page.embed.frameTitle', { site }, locale)}"
        style="width: 100%; height: 28rem; border: 1px solid var(--line)"
      ></iframe>
      <p class="muted">${pageHtml('page.embed.loads', { src }, locale)}</p>`,
  }
}
