// The cross-site lesson: a page of one tutorial site that makes every kind of request to another
// (a link, an image, a form POST, a fetch), and the other site's report of which cookies came.
// First `/cross-site/setup` on the other site stores one cookie per SameSite value; then
// `/cross-site` on the first site calls it, and each `/cross-site/report` shows what was sent.
// Only the tutorial's own hosts can be called (the CSP names them, nothing else).

import { html, inlineScript, link, scriptWords, table } from './html'
import { HttpError } from './http-error'
import { pageHtml, pageWords, plainWords, wordedLater } from './page-text'
import type { TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { otherSchemeOrigin, servesHttps, tutorialOrigin, tutorialSources } from './tutorial-origins'
import { dumpCookie, firstCookie } from './werkzeug-cookie'

export const CROSS_SITE_PATH = '/cross-site'
export const SETUP_PATH = '/cross-site/setup'
export const REPORT_PATH = '/cross-site/report'
const DEFAULT_CALLER = 'www.shop.test'
const DEFAULT_TARGET = 'tracker.test'

/**
 * One cookie per SameSite value; what Chromium does with it on a cross-site request is the
 * message `page.crossSite.rule.<name>`.
 */
interface LessonCookie {
  name: 'strict' | 'lax' | 'unspecified' | 'none'
  sameSite: 'Strict' | 'Lax' | 'None' | null
  /** Only over https: SameSite=None needs Secure. */
  httpsOnly: boolean
}

const LESSON_COOKIES: readonly LessonCookie[] = [
  { name: 'strict', sameSite: 'Strict', httpsOnly: false },
  { name: 'lax', sameSite: 'Lax', httpsOnly: false },
  { name: 'unspecified', sameSite: null, httpsOnly: false },
  { name: 'none', sameSite: 'None', httpsOnly: true },
]

const VIAS = ['link', 'image', 'form', 'fetch'] as const
type Via = (typeof VIAS)[number]

/** A tutorial host named in the query, or HttpError 400 for anything else. */
function tutorialSite(request: TutorialRequest, field: string, fallback: string): string {
  const site = (request.query.get(field) ?? fallback).toLowerCase()
  if (servesHttps(site)) return site
  throw new HttpError(
    400,
    wordedLater('page.crossSite.notTutorialSiteTitle'),
    (locale) =>
      html`<p>${pageHtml('page.crossSite.notTutorialSite', { field, site, fallback }, locale)}</p>`,
  )
}

/** `GET /cross-site/setup`: stores the four lesson cookies on this site. */
export function crossSiteSetup(request: TutorialRequest): TutorialResponse {
  const { locale, hostname } = request
  const caller = tutorialSite(request, 'from', DEFAULT_CALLER)
  const cookies = LESSON_COOKIES.filter((cookie) => request.scheme === 'https' || !cookie.httpsOnly)
  const next = `${tutorialOrigin(caller, request.scheme, request.ports)}${CROSS_SITE_PATH}?site=${request.hostname}`
  const secure =
    request.scheme === 'http' ? otherSchemeOrigin(request.hostname, 'http', request.ports) : null
  const setOverHttps =
    secure === null
      ? ''
      : link(
          `${secure}${SETUP_PATH}?from=${caller}`,
          plainWords('page.crossSite.setOverHttps', locale),
        )
  return {
    title: pageWords('page.crossSite.setupTitle', { host: hostname }, locale),
    setCookies: cookies.map((cookie) =>
      dumpCookie(cookie.name, '1', {
        path: '/',
        ...(cookie.sameSite ? { samesite: cookie.sameSite } : {}),
        ...(cookie.sameSite === 'None' ? { secure: true } : {}),
      }),
    ),
    body: html`<p>
        ${pageHtml('page.crossSite.stored', { host: hostname, count: cookies.length }, locale)}
      </p>
      <ul class="stack">
        ${cookies.map(
          (cookie) =>
            html`<li>
              ${pageHtml(
                'page.crossSite.cookieRule',
                {
                  cookie: `${cookie.name}=1`,
                  sameSite: cookie.sameSite ?? plainWords('page.crossSite.sameSiteNotSet', locale),
                  rule: plainWords(`page.crossSite.rule.${cookie.name}`, locale),
                },
                locale,
              )}
            </li>`,
        )}
      </ul>
      ${
        secure === null
          ? ''
          : html`<p class="note">
              ${pageHtml('page.crossSite.noNoneOverHttp', { link: setOverHttps }, locale)}
            </p>`
      }
      <p>
        <a id="next" href="${next}"
          >${pageWords('page.crossSite.next', { caller, host: hostname }, locale)}</a
        >
      </p>`,
  }
}

/** `GET /cross-site`: a page of this site calling another in four ways. */
export function crossSitePage(request: TutorialRequest): TutorialResponse {
  const { locale, hostname } = request
  const target = tutorialSite(request, 'site', DEFAULT_TARGET)
  if (target === hostname) {
    const other = link(`${CROSS_SITE_PATH}?site=${DEFAULT_TARGET}`, DEFAULT_TARGET)
    throw new HttpError(
      400,
      wordedLater('page.crossSite.notOtherTitle'),
      (locale) =>
        html`<p>${pageHtml('page.crossSite.notOther', { target, link: other }, locale)}</p>`,
    )
  }
  const origin = tutorialOrigin(target, request.scheme, request.ports)
  const report = (via: Via) => `${origin}${REPORT_PATH}?via=${via}`
  const setup = `${origin}${SETUP_PATH}?from=${hostname}`
  const words = scriptWords({
    sent: pageWords('page.crossSite.fetchSent', { result: '\u0000' }, locale),
    unread: plainWords('page.crossSite.fetchUnread', locale),
    failed: pageWords('page.crossSite.fetchFailed', { error: '\u0000' }, locale),
    imageAlt: pageWords('page.crossSite.imageAlt', { target }, locale),
  })
  const script = `
const WORDS = ${words}
// A message's parameter is its one NUL: the translator decides where it goes.
const say = (message, value) => message.replace('\\u0000', value)
document.getElementById('call-fetch').addEventListener('click', () => {
  const shown = document.getElementById('fetch-result')
  // The report allows this origin by CORS, so the page may read which cookies came.
  fetch(${JSON.stringify(report('fetch'))}, { credentials: 'include' })
    .then((response) => response.text())
    .then((text) => {
      const sent = new DOMParser().parseFromString(text, 'text/html').getElementById('sent')
      shown.textContent = say(WORDS.sent, sent ? sent.textContent.trim() : WORDS.unread)
    })
    .catch((error) => { shown.textContent = say(WORDS.failed, error.message) })
})
document.getElementById('show-image').addEventListener('click', () => {
  const image = document.createElement('img')
  image.alt = WORDS.imageAlt
  image.width = 16
  image.height = 16
  image.src = ${JSON.stringify(`${origin}/favicon.ico?via=image`)}
  document.getElementById('image-slot').replaceChildren(image)
})
`
  const setupFirst = link(setup, pageWords('page.crossSite.setupFirst', { target }, locale))
  return {
    title: pageWords('page.crossSite.title', { host: hostname, target }, locale),
    crossSite: true,
    body: html`<p>
        ${pageHtml('page.crossSite.intro', { host: hostname, target, link: setupFirst }, locale)}
      </p>
      <ol class="stack">
        <li>
          <a id="call-link" href="${report('link')}"
            >${pageWords('page.crossSite.link', { target }, locale)}</a
          >
          ${plainWords('page.crossSite.linkNote', locale)}
        </li>
        <li>
          <button type="button" id="show-image">
            ${pageWords('page.crossSite.image', { target }, locale)}
          </button>
          <span id="image-slot"></span>
        </li>
        <li>
          <form id="call-form" method="POST" action="${report('form')}">
            <button type="submit">${pageWords('page.crossSite.form', { target }, locale)}</button>
          </form>
        </li>
        <li>
          <button type="button" id="call-fetch">
            ${pageWords('page.crossSite.fetch', { target }, locale)}
          </button>
          <output id="fetch-result" aria-live="polite"></output>
        </li>
      </ol>
      <p class="muted">${plainWords('page.crossSite.stayHere', locale)}</p>
      ${inlineScript(request.nonce, script)}`,
  }
}

/** `GET|POST /cross-site/report`: which lesson cookies came with this request. */
export function crossSiteReport(request: TutorialRequest): TutorialResponse {
  const { locale, hostname } = request
  const via = VIAS.find((known) => known === request.query.get('via')) ?? null
  const sentNames = LESSON_COOKIES.map((cookie) => cookie.name).filter(
    (name) => firstCookie(request.cookies, name) !== undefined,
  )
  const rows = LESSON_COOKIES.map((cookie) => {
    const sent = sentNames.includes(cookie.name)
    return html`<tr>
      <td><code>${cookie.name}</code></td>
      <td>${cookie.sameSite ?? plainWords('page.crossSite.notSetCell', locale)}</td>
      <td>${plainWords(sent ? 'page.crossSite.sent' : 'page.crossSite.notSent', locale)}</td>
    </tr>`
  })
  const intro =
    via === null
      ? pageHtml('page.crossSite.reportIntro', { host: hostname }, locale)
      : pageHtml('page.crossSite.reportIntroVia', { host: hostname, via }, locale)
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
  const headings = [
    plainWords('page.crossSite.cookie', locale),
    'SameSite',
    plainWords('page.crossSite.withRequest', locale),
  ]
  return {
    title: pageWords('page.crossSite.reportTitle', { host: hostname }, locale),
    showCookieHeader: true,
    ...(cors ? { headers: cors } : {}),
    body: html`<p>${intro}</p>
      <p id="sent">
        ${
          sentNames.length === 0
            ? plainWords('page.crossSite.noneCame', locale)
            : pageWords('page.crossSite.came', { names: sentNames.join(', ') }, locale)
        }
      </p>
      ${table(headings, rows)}
      <p>${link(SETUP_PATH, plainWords('page.crossSite.again', locale))}</p>`,
  }
}
