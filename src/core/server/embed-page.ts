// `GET /embed?site=tracker.test&key=…`: a page of this host that embeds another tutorial host's
// `/set` in an iframe, so the third-party cookie lessons (SameSite=None, Partitioned/CHIPS) run
// between real sites. Only the tutorial's own hosts can be embedded (CSP frame-src names them).

import { html, type SafeHtml } from './html'
import { HttpError } from './http-error'
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
): EmbedPage {
  const site = (query.get('site') ?? DEFAULT_SITE).toLowerCase()
  if (!servesHttps(site)) {
    throw new HttpError(
      400,
      'Not a tutorial site',
      html`<p>
        <code>site=${site}</code> is not one of the tutorial's sites. Try
        <a href="${EMBED_PATH}?site=${DEFAULT_SITE}&amp;key=id&amp;value=1">tracker.test</a>.
      </p>`,
    )
  }
  // The rest of the query is the /set query, passed on exactly as it came.
  const setQuery = rawQuery
    .split('&')
    .filter((field) => field !== '' && !field.startsWith('site='))
    .join('&')
  const src = `${tutorialOrigin(site, scheme, ports)}/set${setQuery ? `?${setQuery}` : ''}`
  const secure = scheme === 'http' ? otherSchemeOrigin(hostname, scheme, ports) : null
  return {
    title: `${site} inside ${hostname}`,
    frameSrc: tutorialSources(ports),
    body: html`<p>
        This page of <code>${hostname}</code> embeds a page of <code>${site}</code>. Inside the
        frame, <code>${site}</code> is a third party: its cookies are cross-site here. Over https, a
        cookie set there with <code>Partitioned; Secure; SameSite=None</code> is kept in a jar of
        its own for this top-level site (CHIPS), apart from the one <code>${site}</code> has when
        visited directly.
      </p>
      ${
        secure === null
          ? ''
          : html`<p class="note">
              This page came over plain http, so the frame did too: a browser keeps no
              <code>Secure</code> cookie from it.
              <a href="${secure}${EMBED_PATH}${rawQuery ? `?${rawQuery}` : ''}"
                >Open it over https</a
              >.
            </p>`
      }
      <iframe
        src="${src}"
        title="${site}/set, embedded"
        style="width: 100%; height: 28rem; border: 1px solid var(--line)"
      ></iframe>
      <p class="muted">The frame loads <code>${src}</code>.</p>`,
  }
}
