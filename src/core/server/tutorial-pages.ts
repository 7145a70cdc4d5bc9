// The seed tutorials' views, re-enacted: each sends the cookies its Flask code sends and explains
// on the page what just happened, in the server's language. The Flask code itself is in
// src/shared/tutorial-routes.ts; what the seed's own code answers (`welcome alice`, `Hello, None`,
// the login form's Login button) stays as Flask sends it.

import { HEADER_BREAK_TITLE, headerBreakage } from './header-safety'
import type { Locale } from '../../shared/messages/format-message'
import { html, inlineScript, link, scriptWords, table } from './html'
import { HttpError } from './http-error'
import { pageHtml, pageWords, plainWords, wordedLater, type PlainMessageId } from './page-text'
import { handlePlayground, handleSet } from './playground'
import type { RouteHandler, TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { forecastCookie } from './cookie-refusals'
import { crossSitePage, crossSiteReport, crossSiteSetup } from './cross-site-pages'
import { dumpCookie, firstCookie } from './werkzeug-cookie'

const backHome = (locale: Locale) =>
  html`<p>${link('/', pageWords('page.backHome', undefined, locale))}</p>`

function index({ locale }: TutorialRequest): TutorialResponse {
  return {
    title: 'Enter userID',
    // The form first, as in the seed: in the app's narrow pane it must be in view at launch.
    body: html`<form class="stack" action="/setcookie" method="POST">
        <label for="nm">userID</label>
        <input type="text" id="nm" name="nm" autocomplete="off" spellcheck="false" />
        <input type="submit" value="Login" />
      </form>
      <p>${pageHtml('page.index.intro', undefined, locale)}</p>`,
  }
}

function setCookie(request: TutorialRequest): TutorialResponse {
  const { locale } = request
  const user = request.form?.get('nm')
  if (user === undefined) {
    const why = request.form === null ? 'page.setcookie.noFieldNotForm' : 'page.setcookie.noField'
    throw new HttpError(
      400,
      wordedLater('page.setcookie.noUserTitle'),
      (locale) =>
        html`<p>${pageHtml(why, undefined, locale)}</p>
          ${backHome(locale)}`,
    )
  }
  const breakage = headerBreakage('userID', user)
  if (breakage) {
    throw new HttpError(
      400,
      HEADER_BREAK_TITLE,
      (locale) => html`${breakage(locale)}${backHome(locale)}`,
    )
  }
  const forecast = forecastCookie(
    { key: 'userID', value: user },
    request.hostname,
    request.nowMs,
    request.scheme,
    locale,
  )
  const stored = user === '' ? 'page.setcookie.storedEmpty' : 'page.setcookie.stored'
  return {
    title: pageWords('page.setcookie.title', undefined, locale),
    setCookies: [dumpCookie('userID', user)],
    body: html`<p>${pageHtml(stored, undefined, locale)}</p>
      ${forecast.refusals.map((reason) => html`<p class="refused">${reason}</p>`)}
      <p>${link('/getcookie', pageWords('page.setcookie.readIt', undefined, locale))}</p>`,
  }
}

function getCookie(request: TutorialRequest): TutorialResponse {
  const { locale } = request
  const name = firstCookie(request.cookies, 'userID')
  if (name === undefined) {
    return {
      // The seed's own answer, as Flask sends it.
      title: 'No userID cookie was sent',
      showCookieHeader: true,
      body: html`<p>${pageHtml('page.getcookie.none', undefined, locale)}</p>
        <p class="muted">${pageHtml('page.getcookie.seedCrash', undefined, locale)}</p>
        <p>${link('/', pageWords('page.getcookie.toForm', undefined, locale))}</p>`,
    }
  }
  const deleteIt = link('/deletecookie', pageWords('page.getcookie.deleteIt', undefined, locale))
  return {
    title: `welcome ${name}`,
    showCookieHeader: true,
    body: html`<p>${pageHtml('page.getcookie.read', { link: deleteIt }, locale)}</p>`,
  }
}

function deleteCookie({ locale }: TutorialRequest): TutorialResponse {
  return {
    title: pageWords('page.deletecookie.title', undefined, locale),
    setCookies: [dumpCookie('userID', '', { expires: 0 })],
    body: html`<p>${pageHtml('page.deletecookie.explain', undefined, locale)}</p>
      <p>${link('/getcookie', pageWords('page.deletecookie.check', undefined, locale))}</p>`,
  }
}

const COOKIES_SCRIPT = `
const shown = document.getElementById('document-cookie')
const show = () => { shown.textContent = document.cookie === '' ? WORDS.empty : document.cookie }
show()
setInterval(show, 500)
document.getElementById('write-cookie').addEventListener('submit', (event) => {
  event.preventDefault()
  const name = document.getElementById('js-name').value
  const value = document.getElementById('js-value').value
  document.cookie = name + '=' + value
  document.getElementById('js-ran').textContent = 'document.cookie = ' + JSON.stringify(name + '=' + value)
  show()
})
`

function cookies(request: TutorialRequest): TutorialResponse {
  const { locale } = request
  const words = (id: PlainMessageId) => plainWords(id, locale)
  const script = `const WORDS = ${scriptWords({ empty: words('page.cookies.empty') })}\n${COOKIES_SCRIPT}`
  const rows = request.cookies.map(
    (cookie) =>
      html`<tr>
        <td><code>${cookie.name}</code></td>
        <td><code>${cookie.value}</code></td>
      </tr>`,
  )
  return {
    title: words('page.cookies.title'),
    setCookies: [dumpCookie('username', 'root')],
    showCookieHeader: true,
    body: html`<h2>${words('page.cookies.received')}</h2>
      ${
        rows.length > 0
          ? table([words('page.cookies.name'), words('page.cookies.value')], rows)
          : html`<p>${pageHtml('page.cookies.none', undefined, locale)}</p>`
      }
      <h2>${words('page.cookies.scriptSees')}</h2>
      <p>${pageHtml('page.cookies.readLive', undefined, locale)}</p>
      <output id="document-cookie" aria-live="polite">${words('page.cookies.scriptOff')}</output>
      <h2>${words('page.cookies.write')}</h2>
      <form class="grid" id="write-cookie" aria-label="${words('page.cookies.write')}">
        <label for="js-name">${words('page.cookies.name')}</label
        ><input type="text" id="js-name" value="key" autocomplete="off" spellcheck="false" />
        <label for="js-value">${words('page.cookies.value')}</label
        ><input type="text" id="js-value" value="value" autocomplete="off" spellcheck="false" />
        <span></span><button type="submit">${words('page.cookies.writeButton')}</button>
      </form>
      <p class="muted" id="js-ran">${words('page.cookies.writeNote')}</p>
      ${inlineScript(request.nonce, script)}`,
  }
}

function john({ cookies, locale }: TutorialRequest): TutorialResponse {
  const username = firstCookie(cookies, 'username')
  const setIt = link('/john/set', pageWords('page.setIt', undefined, locale))
  const deleteIt = link('/john/delete', pageWords('page.getcookie.deleteIt', undefined, locale))
  return {
    title: `Hello, ${username ?? 'None'}`,
    showCookieHeader: true,
    body:
      username === undefined
        ? html`<p>${pageHtml('page.john.none', { link: setIt }, locale)}</p>`
        : html`<p>${pageHtml('page.john.read', { link: deleteIt }, locale)}</p>`,
  }
}

function johnSet({ locale }: TutorialRequest): TutorialResponse {
  const readIt = link('/john/', pageWords('page.readIt', undefined, locale))
  return {
    title: 'Setting cookie',
    setCookies: [dumpCookie('username', 'John Doe')],
    body: html`<p>${pageHtml('page.johnSet.explain', { link: readIt }, locale)}</p>`,
  }
}

function johnDelete({ locale }: TutorialRequest): TutorialResponse {
  const check = link('/john/', pageWords('page.check', undefined, locale))
  return {
    title: 'Deleting cookie',
    setCookies: [dumpCookie('username', '', { expires: 0 })],
    body: html`<p>${pageHtml('page.johnDelete.explain', { link: check }, locale)}</p>`,
  }
}

function askPythonSet({ locale }: TutorialRequest): TutorialResponse {
  return {
    title: 'The Cookie has been Set',
    setCookies: [dumpCookie('Name', 'AskPython')],
    body: html`<p>
      ${link('/askpython/getcookie', pageWords('page.askpython.readBack', undefined, locale))}
    </p>`,
  }
}

function askPythonGet({ cookies, locale }: TutorialRequest): TutorialResponse {
  const name = firstCookie(cookies, 'Name')
  const setIt = link('/askpython/setcookie', pageWords('page.setIt', undefined, locale))
  return {
    title: `The Site : ${name ?? 'None'}`,
    showCookieHeader: true,
    body:
      name === undefined
        ? html`<p>${pageHtml('page.askpython.none', { link: setIt }, locale)}</p>`
        : html`<p>${pageHtml('page.askpython.read', undefined, locale)}</p>`,
  }
}

/** Handlers by `METHOD path`, one for each entry of TUTORIAL_ROUTES. */
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandler>> = {
  'GET /': index,
  'POST /setcookie': setCookie,
  'GET /getcookie': getCookie,
  'GET /deletecookie': deleteCookie,
  'GET /cookies': cookies,
  'GET /john/': john,
  'GET /john/set': johnSet,
  'GET /john/delete': johnDelete,
  'GET /askpython/setcookie': askPythonSet,
  'GET /askpython/getcookie': askPythonGet,
  'GET /set': handleSet,
  'GET /playground': handlePlayground,
  'GET /cross-site/setup': crossSiteSetup,
  'GET /cross-site': crossSitePage,
  'GET /cross-site/report': crossSiteReport,
  'POST /cross-site/report': crossSiteReport,
}
