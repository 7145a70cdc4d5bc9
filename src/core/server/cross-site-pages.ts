// The cross-site lesson: a page of one tutorial site that makes every kind of request to another
// (a link, an image, a form POST, a fetch), and the other site's report of which cookies came.
// First `/cross-site/setup` on the other site stores one cookie per SameSite value; then
// `/cross-site` on the first site calls it, and each `/cross-site/report` shows what was sent.
// Only the tutorial's own hosts can be called (the CSP names them, nothing else).

import { html, inlineScript, table, type SafeHtml } from './html'
import { HttpError } from './http-error'
import type { TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { otherSchemeOrigin, servesHttps, tutorialOrigin, tutorialSources } from './tutorial-origins'
import { dumpCookie, firstCookie } from './werkzeug-cookie'

export const CROSS_SITE_PATH = '/cross-site'
export const SETUP_PATH = '/cross-site/setup'
export const REPORT_PATH = '/cross-site/report'
const DEFAULT_CALLER = 'www.shop.test'
const DEFAULT_TARGET = 'tracker.test'

/** One cookie per SameSite value, and what Chromium does with it on a cross-site request. */
interface LessonCookie {
  name: string
  sameSite: 'Strict' | 'Lax' | 'None' | null
  /** Only over https: SameSite=None needs Secure. */
  httpsOnly: boolean
  rule: string
}

const LESSON_COOKIES: readonly LessonCookie[] = [
  {
    name: 'strict',
    sameSite: 'Strict',
    httpsOnly: false,
    rule: 'never sent when another site starts the request, not even on a link.',
  },
  {
    name: 'lax',
    sameSite: 'Lax',
    httpsOnly: false,
    rule: 'sent when the learner follows a link (a top-level GET), never with an image, a fetch or a POST from another site.',
  },
  {
    name: 'unspecified',
    sameSite: null,
    httpsOnly: false,
    rule: 'treated as Lax, except for two minutes after it was set, when Chromium still sends it with a cross-site POST (the "Lax+POST" allowance).',
  },
  {
    name: 'none',
    sameSite: 'None',
    httpsOnly: true,
    rule: 'sent with every request from any site, unless the browser blocks third-party cookies (Chrome in an Incognito window does, and so does the pane of Cookie Lab in a browser); it must be Secure, so it exists only over https.',
  },
]

const VIAS = ['link', 'image', 'form', 'fetch'] as const
type Via = (typeof VIAS)[number]

/** A tutorial host named in the query, or HttpError 400 for anything else. */
function tutorialSite(request: TutorialRequest, field: string, fallback: string): string {
  const site = (request.query.get(field) ?? fallback).toLowerCase()
  if (servesHttps(site)) return site
  throw new HttpError(
    400,
    'Not a tutorial site',
    html`<p>
      <code>${field}=${site}</code> is not one of the tutorial's sites; try
      <code>${fallback}</code>.
    </p>`,
  )
}

/** `GET /cross-site/setup`: stores the four lesson cookies on this site. */
export function crossSiteSetup(request: TutorialRequest): TutorialResponse {
  const caller = tutorialSite(request, 'from', DEFAULT_CALLER)
  const cookies = LESSON_COOKIES.filter((cookie) => request.scheme === 'https' || !cookie.httpsOnly)
  const next = `${tutorialOrigin(caller, request.scheme, request.ports)}${CROSS_SITE_PATH}?site=${request.hostname}`
  const secure =
    request.scheme === 'http' ? otherSchemeOrigin(request.hostname, 'http', request.ports) : null
  return {
    title: `Cookies for ${request.hostname}`,
    setCookies: cookies.map((cookie) =>
      dumpCookie(cookie.name, '1', {
        path: '/',
        ...(cookie.sameSite ? { samesite: cookie.sameSite } : {}),
        ...(cookie.sameSite === 'None' ? { secure: true } : {}),
      }),
    ),
    body: html`<p>
        <code>${request.hostname}</code> just stored ${cookies.length} cookies, one for each
        SameSite value. Visited directly like this, every one of them comes back to it.
      </p>
      <ul class="stack">
        ${cookies.map(
          (cookie) =>
            html`<li>
              <code>${cookie.name}=1</code> (SameSite ${cookie.sameSite ?? 'not set'}):
              ${cookie.rule}
            </li>`,
        )}
      </ul>
      ${
        secure === null
          ? ''
          : html`<p class="note">
              Over plain http there is no <code>SameSite=None</code> cookie: it needs
              <code>Secure</code>.
              <a href="${secure}${SETUP_PATH}?from=${caller}">Set them over https</a>
              to see all four.
            </p>`
      }
      <p>
        <a id="next" href="${next}">Now visit ${caller}, a page that calls ${request.hostname}</a>
      </p>`,
  }
}

/** `GET /cross-site`: a page of this site calling another in four ways. */
export function crossSitePage(request: TutorialRequest): TutorialResponse {
  const target = tutorialSite(request, 'site', DEFAULT_TARGET)
  if (target === request.hostname) {
    throw new HttpError(
      400,
      'Not another site',
      html`<p>
        This page calls another site; <code>site=${target}</code> is this one. Try
        <a href="${CROSS_SITE_PATH}?site=${DEFAULT_TARGET}">${DEFAULT_TARGET}</a>.
      </p>`,
    )
  }
  const origin = tutorialOrigin(target, request.scheme, request.ports)
  const report = (via: Via) => `${origin}${REPORT_PATH}?via=${via}`
  const setup = `${origin}${SETUP_PATH}?from=${request.hostname}`
  const script = `
document.getElementById('call-fetch').addEventListener('click', () => {
  const shown = document.getElementById('fetch-result')
  // The report allows this origin by CORS, so the page may read which cookies came.
  fetch(${JSON.stringify(report('fetch'))}, { credentials: 'include' })
    .then((response) => response.text())
    .then((text) => {
      const sent = new DOMParser().parseFromString(text, 'text/html').getElementById('sent')
      shown.textContent = 'sent; ' + (sent ? sent.textContent.trim() : 'no answer to read')
    })
    .catch((error) => { shown.textContent = 'failed: ' + error.message })
})
document.getElementById('show-image').addEventListener('click', () => {
  const image = document.createElement('img')
  image.alt = 'the image request to ${target}'
  image.width = 16
  image.height = 16
  image.src = ${JSON.stringify(`${origin}/favicon.ico?via=image`)}
  document.getElementById('image-slot').replaceChildren(image)
})
`
  return {
    title: `${request.hostname} calls ${target}`,
    crossSite: true,
    body: html`<p>
        This page belongs to <code>${request.hostname}</code>. Each control below makes a request to
        <code>${target}</code>, another site: the browser decides, cookie by cookie, what goes with
        it. <a href="${setup}">Store ${target}'s lesson cookies first</a> if you have not.
      </p>
      <ol class="stack">
        <li>
          <a id="call-link" href="${report('link')}">A link to ${target}</a> (a top-level GET)
        </li>
        <li>
          <button type="button" id="show-image">Load an image from ${target}</button>
          <span id="image-slot"></span>
        </li>
        <li>
          <form id="call-form" method="POST" action="${report('form')}">
            <button type="submit">Post a form to ${target}</button>
          </form>
        </li>
        <li>
          <button type="button" id="call-fetch">fetch() ${target} with credentials</button>
          <output id="fetch-result" aria-live="polite"></output>
        </li>
      </ol>
      <p class="muted">
        The image and the fetch stay on this page: their rows in the timeline show which cookies
        went (images are assets: show them with the timeline's filter).
      </p>
      ${inlineScript(request.nonce, script)}`,
  }
}

/** `GET|POST /cross-site/report`: which lesson cookies came with this request. */
export function crossSiteReport(request: TutorialRequest): TutorialResponse {
  const via = VIAS.find((known) => known === request.query.get('via')) ?? null
  const sentNames = LESSON_COOKIES.map((cookie) => cookie.name).filter(
    (name) => firstCookie(request.cookies, name) !== undefined,
  )
  const rows = LESSON_COOKIES.map((cookie) => {
    const sent = sentNames.includes(cookie.name)
    return html`<tr>
      <td><code>${cookie.name}</code></td>
      <td>${cookie.sameSite ?? '(not set)'}</td>
      <td>${sent ? 'sent' : 'not sent'}</td>
    </tr>`
  })
  const how: SafeHtml = via === null ? html`this request` : html`this request (a ${via})`
  // A tutorial page's fetch may read this answer (with credentials); no other origin may.
  const origin = request.origin
  const cors =
    origin !== null && tutorialSources(request.ports).includes(origin)
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
          Vary: 'Origin',
        }
      : undefined
  return {
    title: `What came to ${request.hostname}`,
    showCookieHeader: true,
    ...(cors ? { headers: cors } : {}),
    body: html`<p>
        The browser sent these of <code>${request.hostname}</code>'s lesson cookies with ${how}.
        Which site started it decides: the timeline's row for this request says why each cookie that
        stayed behind was held back.
      </p>
      <p id="sent">
        ${sentNames.length === 0 ? 'no lesson cookie came' : `came: ${sentNames.join(', ')}`}
      </p>
      ${table(['cookie', 'SameSite', 'with this request'], rows)}
      <p><a href="${SETUP_PATH}">Store the lesson cookies again</a></p>`,
  }
}
