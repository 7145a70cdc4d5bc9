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
import type { Locale } from '../../shared/messages/format-message'
import { forecastCookie } from './cookie-refusals'
import { HEADER_BREAK_TITLE, headerBreakage } from './header-safety'
import { html, link, type SafeHtml } from './html'
import { HttpError, type Worded } from './http-error'
import { pageHtml, pageWords, plainWords, wordedLater } from './page-text'
import type { TutorialRequest, TutorialResponse } from './tutorial-exchange'
import { otherSchemeOrigin } from './tutorial-origins'
import { WerkzeugCookieError, dumpCookie } from './werkzeug-cookie'

function refuse(
  title: Worded<string>,
  why: Worded<SafeHtml>,
  query: Map<string, string>,
): HttpError {
  return new HttpError(
    400,
    title,
    (locale) =>
      html`<div class="refused">${why(locale)}</div>
        <p>${plainWords('page.playground.noCookieSet', locale)}</p>
        ${playgroundForm(query, null, locale)}`,
  )
}

function explain(problem: PlaygroundProblem, query: Map<string, string>): HttpError {
  const text = query.get(problem.field) ?? ''
  const { field } = problem
  switch (field) {
    case 'key': {
      const why = query.has('key') ? 'page.playground.emptyName' : 'page.playground.needsName'
      return refuse(
        wordedLater('page.playground.needsNameTitle'),
        (locale) => html`<p>${pageHtml(why, undefined, locale)}</p>`,
        query,
      )
    }
    case 'max_age':
    case 'expires': {
      const hint =
        field === 'max_age' ? 'page.playground.maxAgeHint' : 'page.playground.expiresHint'
      return refuse(
        (locale) => pageWords('page.playground.wholeNumberTitle', { field }, locale),
        (locale) =>
          html`<p>
            ${pageHtml('page.playground.notInteger', { field, text }, locale)}
            ${plainWords(hint, locale)}
          </p>`,
        query,
      )
    }
    case 'secure':
    case 'httponly':
    case 'partitioned':
      return refuse(
        (locale) => pageWords('page.playground.yesNoTitle', { field }, locale),
        (locale) => html`<p>${pageHtml('page.playground.yesNo', { field, text }, locale)}</p>`,
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
  const { locale } = request
  const params = readSetQuery(request.query)
  const call = flaskSetCookieCall(params)
  let line: string
  try {
    line = dumpCookie(params.key, params.value, params, request.nowMs)
  } catch (error) {
    let why: Worded<string>
    if (error instanceof RangeError) why = wordedLater('page.playground.outOfYears')
    // Werkzeug's own error, in its own words (English), as Flask would raise it.
    else if (error instanceof WerkzeugCookieError) why = () => error.message
    else throw error
    throw refuse(
      wordedLater('page.playground.cannotSendTitle'),
      (locale) =>
        html`<p>${pageHtml('page.playground.cannotSend', { call, why: why(locale) }, locale)}</p>`,
      request.query,
    )
  }
  const forecast = forecastCookie(params, request.hostname, request.nowMs, request.scheme, locale)
  const again = request.rawQuery ? `/playground?${request.rawQuery}` : '/playground'
  const other = otherSchemeOrigin(request.hostname, request.scheme, request.ports)
  const otherScheme = request.scheme === 'http' ? 'https' : 'http'
  return {
    title: pageWords('page.set.title', { name: params.key }, locale),
    setCookies: [line],
    body: html`<p>${plainWords('page.set.called', locale)}</p>
      <pre><code>${call}</code></pre>
      ${
        forecast.refusals.length > 0
          ? html`<div class="refused" role="note">
              <h2>${plainWords('page.set.willRefuse', locale)}</h2>
              <ul>
                ${forecast.refusals.map((reason) => html`<li>${reason}</li>`)}
              </ul>
            </div>`
          : ''
      }
      ${
        forecast.notes.length > 0
          ? html`<div class="note" role="note">
              <h2>${plainWords('page.set.worthKnowing', locale)}</h2>
              <ul>
                ${forecast.notes.map((note) => html`<li>${note}</li>`)}
              </ul>
            </div>`
          : ''
      }
      <p>
        ${link(again, plainWords('page.set.change', locale))} ·
        ${link('/cookies', plainWords('page.set.seeReceived', locale))}
        ${
          other === null
            ? ''
            : html` ·
              ${link(
                `${other}/set${request.rawQuery ? `?${request.rawQuery}` : ''}`,
                pageWords('page.set.otherScheme', { scheme: otherScheme }, locale),
              )}`
        }
      </p>`,
  }
}

export function handlePlayground(request: TutorialRequest): TutorialResponse {
  const { locale } = request
  const other = otherSchemeOrigin(request.hostname, request.scheme, request.ports)
  const choice = other === null ? null : { scheme: request.scheme, other }
  return {
    title: plainWords('page.playground.form', locale),
    body: html`<p>${pageHtml('page.playground.intro', undefined, locale)}</p>
      ${playgroundForm(request.query, choice, locale)}`,
  }
}

const SAME_SITE_CHOICES = ['', 'Strict', 'Lax', 'None']

/** The playground's text fields, named as set_cookie names its parameters. */
type TextField = 'key' | 'value' | 'max_age' | 'expires' | 'path' | 'domain'

/** This page's scheme, and the same host's origin under the other one. */
interface SchemeChoice {
  scheme: 'http' | 'https'
  other: string
}

/**
 * The /set form, filled in with `values` (a previous query) where given. With `choice`, a second
 * button sends the same query to the other scheme's origin: `Secure` and `__Host-` need https.
 */
export function playgroundForm(
  values: Map<string, string>,
  choice: SchemeChoice | null,
  locale: Locale,
): SafeHtml {
  // The labels are set_cookie's parameter names, as Flask spells them: only the hints translate.
  const text = (name: TextField, placeholder = '') =>
    html` <label for="pg-${name}">${name}</label>
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
        <span class="muted" id="pg-${name}-hint"
          >${plainWords(`page.playground.hint.${name}`, locale)}</span
        ></span
      >`
  const flag = (name: PlaygroundFlag) => {
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
        <span class="muted" id="pg-${name}-hint"
          >${plainWords(`page.playground.hint.${name}`, locale)}</span
        ></span
      >`
  }
  const chosen = values.get('samesite') ?? ''
  const options = SAME_SITE_CHOICES.map(
    (choice) =>
      html`<option
        value="${choice}"
        ${choice.toLowerCase() === chosen.toLowerCase() ? html` selected` : ''}
      >
        ${choice || plainWords('page.playground.notSet', locale)}
      </option>`,
  )
  const over = choice?.scheme === 'http' ? 'https' : 'http'
  return html`<form
    class="grid"
    action="/set"
    method="get"
    aria-label="${plainWords('page.playground.form', locale)}"
  >
    ${text('key', 'theme')} ${text('value', 'dark')} ${text('max_age', '60')} ${text('expires')}
    ${text('path', '/')} ${text('domain', 'shop.test')} ${flag('secure')} ${flag('httponly')}
    <label for="pg-samesite">samesite</label>
    <select id="pg-samesite" name="samesite">
      ${options}
    </select>
    ${flag('partitioned')}
    <span></span
    ><span
      ><input type="submit" value="${plainWords('page.playground.submit', locale)}" /> ${
        choice === null
          ? ''
          : html`<button type="submit" formaction="${choice.other}/set">
              ${pageWords('page.playground.submitOver', { scheme: over }, locale)}
            </button>`
      }</span
    >
  </form>`
}
