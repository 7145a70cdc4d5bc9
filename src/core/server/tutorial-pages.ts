// The seed tutorials' views, re-enacted: each sends the cookies its Flask code sends and explains
// on the page what just happened. The Flask code itself is in src/shared/tutorial-routes.ts.

import { HEADER_BREAK_TITLE, headerBreakage } from './header-safety'
import { html, inlineScript, table } from './html'
import { HttpError } from './http-error'
import { handlePlayground, handleSet } from './playground'
import type { RouteHandler, TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { forecastCookie } from './cookie-refusals'
import { crossSitePage, crossSiteReport, crossSiteSetup } from './cross-site-pages'
import { dumpCookie, firstCookie } from './werkzeug-cookie'

const backHome = html`<p><a href="/">Back to the form</a></p>`

function index(): TutorialResponse {
  return {
    title: 'Enter userID',
    // The form first, as in the seed: in the app's narrow pane it must be in view at launch.
    body: html`<form class="stack" action="/setcookie" method="POST">
        <label for="nm">userID</label>
        <input type="text" id="nm" name="nm" autocomplete="off" spellcheck="false" />
        <input type="submit" value="Login" />
      </form>
      <p>
        Type a name and press Login. The form posts it to <code>/setcookie</code>, whose answer
        carries a <code>Set-Cookie</code> header: the browser stores a cookie named
        <code>userID</code> and sends it back with every later request to this site.
      </p>`,
  }
}

function setCookie(request: TutorialRequest): TutorialResponse {
  const user = request.form?.get('nm')
  if (user === undefined) {
    throw new HttpError(
      400,
      'No userID to set',
      html`<p>
          The request carried no form field named <code>nm</code>${
            request.form === null ? ' (its body was not a URL-encoded form)' : ''
          }.
          The seed reads <code>request.form['nm']</code>, and Flask answers
          <strong>400 Bad Request</strong> when a form field is missing. No cookie was set.
        </p>
        ${backHome}`,
    )
  }
  const breakage = headerBreakage('userID', user)
  if (breakage) throw new HttpError(400, HEADER_BREAK_TITLE, html`${breakage}${backHome}`)
  const forecast = forecastCookie(
    { key: 'userID', value: user },
    request.hostname,
    request.nowMs,
    request.scheme,
  )
  return {
    title: 'Cookie set',
    setCookies: [dumpCookie('userID', user)],
    body: html`<p>
        The server answered with a <code>Set-Cookie</code> header: your browser now holds a cookie
        named <code>userID</code>${user === '' ? html` with an empty value` : ''}.
      </p>
      ${forecast.refusals.map((reason) => html`<p class="refused">${reason}</p>`)}
      <p><a href="/getcookie">Click here to read cookie</a></p>`,
  }
}

function getCookie(request: TutorialRequest): TutorialResponse {
  const name = firstCookie(request.cookies, 'userID')
  if (name === undefined) {
    return {
      title: 'No userID cookie was sent',
      showCookieHeader: true,
      body: html`<p>
          This request carried no cookie named <code>userID</code>, so there is no one to welcome.
          Log in on the form first; if you did, the cookie was deleted or has expired.
        </p>
        <p class="muted">
          The seed's own code would crash here (it adds <code>None</code> to a string).
        </p>
        <p><a href="/">Go to the form</a></p>`,
    }
  }
  return {
    title: `welcome ${name}`,
    showCookieHeader: true,
    body: html`<p>
      The browser sent the <code>userID</code> cookie back with this request; the server read it
      from the <code>Cookie</code> header. <a href="/deletecookie">Delete it</a>.
    </p>`,
  }
}

function deleteCookie(): TutorialResponse {
  return {
    title: 'userID cookie deleted',
    setCookies: [dumpCookie('userID', '', { expires: 0 })],
    body: html`<p>
        The server sent <code>userID</code> again, empty and with an expiry date in 1970. A cookie
        that has already expired replaces the stored one and is dropped at once: that is how a
        server deletes a cookie.
      </p>
      <p><a href="/getcookie">Check: read the cookie</a></p>`,
  }
}

const COOKIES_SCRIPT = `
const shown = document.getElementById('document-cookie')
const show = () => { shown.textContent = document.cookie === '' ? '(empty)' : document.cookie }
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
  const rows = request.cookies.map(
    (cookie) =>
      html`<tr>
        <td><code>${cookie.name}</code></td>
        <td><code>${cookie.value}</code></td>
      </tr>`,
  )
  return {
    title: 'Cookies',
    setCookies: [dumpCookie('username', 'root')],
    showCookieHeader: true,
    body: html`<h2>What the server received</h2>
      ${
        rows.length > 0
          ? table(['name', 'value'], rows)
          : html`<p>
              No cookies came with this request. This page sets <code>username=root</code>, so the
              next visit will carry it.
            </p>`
      }
      <h2>What JavaScript sees</h2>
      <p><code>document.cookie</code>, read live. HttpOnly cookies never appear here.</p>
      <output id="document-cookie" aria-live="polite">(JavaScript is off)</output>
      <h2>Write a cookie from JavaScript</h2>
      <form class="grid" id="write-cookie" aria-label="Write a cookie from JavaScript">
        <label for="js-name">name</label
        ><input type="text" id="js-name" value="key" autocomplete="off" spellcheck="false" />
        <label for="js-value">value</label
        ><input type="text" id="js-value" value="value" autocomplete="off" spellcheck="false" />
        <span></span><button type="submit">Write cookie</button>
      </form>
      <p class="muted" id="js-ran">
        A script write sends nothing over the network: the browser stores the cookie and sends it
        with the next request.
      </p>
      ${inlineScript(request.nonce, COOKIES_SCRIPT)}`,
  }
}

function john(request: TutorialRequest): TutorialResponse {
  const username = firstCookie(request.cookies, 'username')
  return {
    title: `Hello, ${username ?? 'None'}`,
    showCookieHeader: true,
    body:
      username === undefined
        ? html`<p>
            No <code>username</code> cookie came, so <code>request.cookies.get</code> gave
            <code>None</code> and Python printed it. <a href="/john/set">Set it</a>.
          </p>`
        : html`<p>
            Read from the <code>username</code> cookie. <a href="/john/delete">Delete it</a>.
          </p>`,
  }
}

function johnSet(): TutorialResponse {
  return {
    title: 'Setting cookie',
    setCookies: [dumpCookie('username', 'John Doe')],
    body: html`<p>
      The value has a space, so Werkzeug sends it in double quotes; Flask removes them again when it
      reads the cookie. <a href="/john/">Read it</a>.
    </p>`,
  }
}

function johnDelete(): TutorialResponse {
  return {
    title: 'Deleting cookie',
    setCookies: [dumpCookie('username', '', { expires: 0 })],
    body: html`<p>
      An empty value that expired in 1970: the browser drops <code>username</code>.
      <a href="/john/">Check</a>.
    </p>`,
  }
}

function askPythonSet(): TutorialResponse {
  return {
    title: 'The Cookie has been Set',
    setCookies: [dumpCookie('Name', 'AskPython')],
    body: html`<p><a href="/askpython/getcookie">Read it back</a>.</p>`,
  }
}

function askPythonGet(request: TutorialRequest): TutorialResponse {
  const name = firstCookie(request.cookies, 'Name')
  return {
    title: `The Site : ${name ?? 'None'}`,
    showCookieHeader: true,
    body:
      name === undefined
        ? html`<p>No <code>Name</code> cookie came. <a href="/askpython/setcookie">Set it</a>.</p>`
        : html`<p>Read from the <code>Name</code> cookie.</p>`,
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
