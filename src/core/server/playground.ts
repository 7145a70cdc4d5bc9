// The cookie playground: `GET /set?key=…` calls set_cookie with every parameter of seed 002's
// table, named as Flask names them, and `GET /playground` is the form that builds such a query.
// It refuses what cannot be sent (400, with the form to fix it) and sends what a browser will
// refuse, saying why: that refusal is the lesson.

import {
  flaskSetCookieCall,
  isFlagOn,
  type PlaygroundFlag,
  readPlaygroundQuery,
  type PlaygroundProblem,
  type SetCookieParams,
} from '../../shared/flask-call'
import { forecastCookie } from './cookie-refusals'
import { HEADER_BREAK_TITLE, headerBreakage } from './header-safety'
import { html, type SafeHtml } from './html'
import { HttpError } from './http-error'
import type { TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { otherSchemeOrigin } from './tutorial-origins'
import { WerkzeugCookieError, dumpCookie } from './werkzeug-cookie'

function refuse(title: string, why: SafeHtml, query: Map<string, string>): HttpError {
  return new HttpError(
    400,
    title,
    html`<div class="refused">${why}</div>
      <p>No cookie was set. Fix it here and try again:</p>
      ${playgroundForm(query, null)}`,
  )
}

function explain(problem: PlaygroundProblem, query: Map<string, string>): HttpError {
  const text = query.get(problem.field) ?? ''
  switch (problem.field) {
    case 'key':
      return refuse(
        'A cookie needs a name',
        html`<p>
          The query has no <code>key</code>${query.has('key') ? ' (it is empty)' : ''}: it names the
          cookie, as in <code>/set?key=theme&amp;value=dark</code>.
        </p>`,
        query,
      )
    case 'max_age':
    case 'expires':
      return refuse(
        `${problem.field} must be a whole number`,
        html`<p>
          <code>${problem.field}=${text}</code> is not an integer.
          ${
            problem.field === 'max_age'
              ? 'max_age is a number of seconds, such as 60.'
              : 'expires is a Unix time in seconds, such as 0 (1 January 1970) or 2000000000.'
          }
        </p>`,
        query,
      )
    case 'secure':
    case 'httponly':
    case 'partitioned':
      return refuse(
        `${problem.field} must be yes or no`,
        html`<p>
          <code>${problem.field}=${text}</code> is neither: use 1, true, yes or on to turn it on,
          and 0, false, no, off or nothing to leave it off.
        </p>`,
        query,
      )
  }
}

/** The set_cookie call a /set query asks for; throws HttpError 400 with the form when it can't. */
export function readSetQuery(query: Map<string, string>): SetCookieParams {
  const read = readPlaygroundQuery(query)
  if (!read.ok) throw explain(read, query)
  const { params } = read
  const breakage =
    headerBreakage('key', params.key, true) ??
    headerBreakage('value', params.value ?? '') ??
    headerBreakage('path', params.path ?? '') ??
    headerBreakage('domain', params.domain ?? '')
  if (breakage) throw refuse(HEADER_BREAK_TITLE, breakage, query)
  return params
}

export function handleSet(request: TutorialRequest): TutorialResponse {
  const params = readSetQuery(request.query)
  const call = flaskSetCookieCall(params)
  let line: string
  try {
    line = dumpCookie(params.key, params.value, params, request.nowMs)
  } catch (error) {
    let why: string
    if (error instanceof RangeError) {
      why = 'The expiry date falls outside the years 1 to 9999, which Python cannot write.'
    } else if (error instanceof WerkzeugCookieError) why = error.message
    else throw error
    throw refuse(
      'Flask cannot send that cookie',
      html`<p><code>${call}</code> fails in Werkzeug 2.2: ${why}</p>`,
      request.query,
    )
  }
  const forecast = forecastCookie(params, request.hostname, request.nowMs, request.scheme)
  const again = request.rawQuery ? `/playground?${request.rawQuery}` : '/playground'
  const other = otherSchemeOrigin(request.hostname, request.scheme, request.ports)
  const otherScheme = request.scheme === 'http' ? 'https' : 'http'
  return {
    title: `Cookie sent: ${params.key}`,
    setCookies: [line],
    body: html`<p>The server called</p>
      <pre><code>${call}</code></pre>
      ${
        forecast.refusals.length > 0
          ? html`<div class="refused" role="note">
              <h2>Your browser will likely refuse it</h2>
              <ul>
                ${forecast.refusals.map((reason) => html`<li>${reason}</li>`)}
              </ul>
            </div>`
          : ''
      }
      ${
        forecast.notes.length > 0
          ? html`<div class="note" role="note">
              <h2>Worth knowing</h2>
              <ul>
                ${forecast.notes.map((note) => html`<li>${note}</li>`)}
              </ul>
            </div>`
          : ''
      }
      <p>
        <a href="${again}">Change this cookie</a> ·
        <a href="/cookies">See what the server receives</a>
        ${
          other === null
            ? ''
            : html` ·
                <a href="${other}/set${request.rawQuery ? `?${request.rawQuery}` : ''}"
                  >The same over ${otherScheme}</a
                >`
        }
      </p>`,
  }
}

export function handlePlayground(request: TutorialRequest): TutorialResponse {
  const other = otherSchemeOrigin(request.hostname, request.scheme, request.ports)
  return {
    title: 'Build a cookie',
    body: html`<p>
        Every field is a parameter of Flask's <code>set_cookie</code>. Leave a field empty for
        Flask's default. The form sends you to <code>/set</code>, which calls
        <code>set_cookie</code> with what you chose and shows the header it sent.
      </p>
      ${playgroundForm(request.query, other === null ? null : { scheme: request.scheme, other })}`,
  }
}

const SAME_SITE_CHOICES = ['', 'Strict', 'Lax', 'None']

/** This page's scheme, and the same host's origin under the other one. */
interface SchemeChoice {
  scheme: 'http' | 'https'
  other: string
}

/**
 * The /set form, filled in with `values` (a previous query) where given. With `choice`, a second
 * button sends the same query to the other scheme's origin: `Secure` and `__Host-` need https.
 */
export function playgroundForm(values: Map<string, string>, choice: SchemeChoice | null): SafeHtml {
  const text = (name: string, label: string, hint: string, placeholder = '') =>
    html` <label for="pg-${name}">${label}</label>
      <span
        ><input
          type="text"
          id="pg-${name}"
          name="${name}"
          value="${values.get(name) ?? ''}"
          placeholder="${placeholder}"
          aria-describedby="pg-${name}-hint"
          autocomplete="off"
          spellcheck="false"
        />
        <span class="muted" id="pg-${name}-hint">${hint}</span></span
      >`
  const flag = (name: PlaygroundFlag, hint: string) => {
    const on = isFlagOn(values.get(name))
    return html` <label for="pg-${name}">${name}</label>
      <span
        ><input
          type="checkbox"
          id="pg-${name}"
          name="${name}"
          value="1"
          ${on ? html` checked` : ''}
          aria-describedby="pg-${name}-hint"
        />
        <span class="muted" id="pg-${name}-hint">${hint}</span></span
      >`
  }
  const chosen = values.get('samesite') ?? ''
  const options = SAME_SITE_CHOICES.map(
    (choice) =>
      html`<option
        value="${choice}"
        ${choice.toLowerCase() === chosen.toLowerCase() ? html` selected` : ''}
      >
        ${choice || '(not set)'}
      </option>`,
  )
  return html`<form class="grid" action="/set" method="get" aria-label="Build a cookie">
    ${text('key', 'key', 'the cookie’s name (required)', 'theme')}
    ${text('value', 'value', 'what it holds', 'dark')}
    ${text('max_age', 'max_age', 'seconds it lives', '60')}
    ${text('expires', 'expires', 'Unix seconds when it ends; 0 is 1970', '')}
    ${text('path', 'path', 'where the browser sends it back', '/')}
    ${text('domain', 'domain', 'a parent domain to share it with', 'shop.test')}
    ${flag('secure', 'only over https')} ${flag('httponly', 'hidden from JavaScript')}
    <label for="pg-samesite">samesite</label>
    <select id="pg-samesite" name="samesite">
      ${options}
    </select>
    ${flag('partitioned', 'one jar per top-level site (CHIPS); needs secure')}
    <span></span
    ><span
      ><input type="submit" value="Set cookie" /> ${
        choice === null
          ? ''
          : html`<button type="submit" formaction="${choice.other}/set">
              Set cookie over ${choice.scheme === 'http' ? 'https' : 'http'}
            </button>`
      }</span
    >
  </form>`
}
