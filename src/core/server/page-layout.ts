// The one layout of every tutorial page: the nav bar of routes, the page's own body, what the
// server sent, and the seed tutorial with its Flask code, in the language asked for.

import type { Locale } from '../../shared/messages/format-message'
import { TUTORIAL_ROUTES, routeSummary, type TutorialRoute } from '../../shared/tutorial-routes'
import { html, SafeHtml } from './html'
import { pageHtml, pageWords } from './page-text'
import { binaryToText } from './werkzeug-cookie'

export interface PageOptions {
  title: string
  body: SafeHtml
  /** The Set-Cookie lines this response carries (binary strings), shown as sent. */
  setCookies?: readonly string[]
  /** The tutorial route this page re-enacts: credits its seed and shows its Flask code. */
  route?: TutorialRoute | undefined
  /** The language of the page's words (`<html lang>`); the Flask code and headers stay as sent. */
  locale: Locale
}

// Read from the back of a room: large type, strong contrast, calm colours, nothing that moves.
const STYLE = `
:root { color-scheme: light dark; --bg: #fbfaf7; --fg: #1d2530; --muted: #52606d; --accent: #0b6e65;
  --panel: #eef3f1; --line: #d5dedb; --warn-bg: #fff4e0; --warn-line: #c77d12; --bad-bg: #fdecec;
  --bad-line: #b42323; }
@media (prefers-color-scheme: dark) { :root { --bg: #15191e; --fg: #e8ecef; --muted: #a6b1bb;
  --accent: #5ccfc1; --panel: #1f262d; --line: #35404a; --warn-bg: #3a2d14; --warn-line: #e3a43f;
  --bad-bg: #3b1c1c; --bad-line: #f07272; } }
* { box-sizing: border-box; }
html { font-size: 20px; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
/* Chinese pages: the CJK faces Linux, macOS and Windows ship, ahead of a generic fallback. (No
   font is served: a Linux machine with none of them shows boxes here, the UI's bundled one aside.) */
:lang(zh) body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC",
  "Hiragino Sans GB", "Microsoft YaHei", sans-serif; line-break: strict; }
nav { background: var(--panel); border-bottom: 1px solid var(--line); padding: .5rem 1.5rem;
  font-size: .85rem; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; }
nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--fg); }
main { max-width: 54rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
a { color: var(--accent); }
code, pre, kbd { font-family: ui-monospace, "Cascadia Code", "DejaVu Sans Mono", monospace; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem;
  overflow-x: auto; font-size: .85rem; line-height: 1.45; }
pre.wire { white-space: pre-wrap; overflow-wrap: anywhere; }
p code, li code, td code { background: var(--panel); padding: 0 .25em; border-radius: 4px;
  overflow-wrap: anywhere; }
.seed { color: var(--muted); font-size: .85rem; margin-top: 2.5rem; border-top: 1px solid var(--line);
  padding-top: 1rem; }
.seed h2, .seed pre { color: var(--fg); }
.note { background: var(--warn-bg); border-left: 4px solid var(--warn-line); padding: .6rem 1rem;
  border-radius: 4px; }
.refused { background: var(--bad-bg); border-left: 4px solid var(--bad-line); padding: .6rem 1rem;
  border-radius: 4px; }
form.stack { display: grid; gap: .9rem; max-width: 32rem; }
form.grid { display: grid; grid-template-columns: max-content 1fr; gap: .6rem 1rem; align-items: center;
  max-width: 40rem; }
label { font-weight: 600; }
input[type="text"], input[type="number"], select { font: inherit; padding: .35rem .5rem;
  border: 1px solid var(--line); border-radius: 5px; background: var(--bg); color: var(--fg);
  min-width: 0; width: 100%; }
input[type="checkbox"] { width: 1.2rem; height: 1.2rem; }
input[type="submit"], button { font: inherit; font-weight: 600; padding: .45rem 1.2rem;
  border-radius: 6px; border: 0; background: var(--accent); color: var(--bg); cursor: pointer;
  justify-self: start; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line);
  vertical-align: top; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
/* The app's pane is about 700 px wide on a 1440 px screen: keep the page's point in view there. */
@media (max-width: 760px) {
  html { font-size: 18px; }
  nav { padding: .4rem 1rem; }
  nav ul { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; scrollbar-width: thin; }
  main { padding: .75rem 1rem 1rem; }
  h1 { font-size: 1.6rem; margin: .25rem 0 .75rem; }
  h2 { margin-top: 1.5rem; }
}
output { display: block; font-family: ui-monospace, "DejaVu Sans Mono", monospace;
  background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem;
  min-height: 2.6rem; overflow-wrap: anywhere; }
`

// The nav links only where a lesson starts: GET routes, the playground's form rather than /set,
// which needs a query, and not the cross-site report, which another site's page calls.
const NOT_IN_NAV: ReadonlySet<string> = new Set(['/set', '/cross-site/report'])
const NAV_ROUTES = TUTORIAL_ROUTES.filter(
  (route) => route.method === 'GET' && !NOT_IN_NAV.has(route.path),
)

function nav(current: string | undefined, locale: Locale): SafeHtml {
  const items = NAV_ROUTES.map((route) => {
    const here = route.path === current ? html` aria-current="page"` : ''
    return html`<li><a href="${route.path}" ${here}>${route.path}</a></li>`
  })
  return html`<nav aria-label="${pageWords('page.layout.nav', undefined, locale)}">
    <ul>
      ${items}
    </ul>
  </nav>`
}

function sentSection(setCookies: readonly string[], locale: Locale): SafeHtml {
  const lines = setCookies.map((line) => `Set-Cookie: ${binaryToText(line)}`).join('\n')
  return html`<h2>${pageWords('page.layout.sent', undefined, locale)}</h2>
    <pre class="wire"><code>${lines}</code></pre>`
}

/** The seeds a route re-enacts, credited: 'tutorialspoint, "Flask – Cookies"; …'. */
function seedSources(route: TutorialRoute, locale: Locale): string {
  const ids = route.seed.split('/') as ('000' | '001' | '002' | '003' | '004')[]
  return [...new Set(ids.map((id) => pageWords(`seed.${id}`, undefined, locale)))].join('; ')
}

function seedSection(route: TutorialRoute, locale: Locale): SafeHtml {
  const credit = pageHtml(
    'page.layout.reenacts',
    { seed: route.seed, sources: seedSources(route, locale), summary: routeSummary(route, locale) },
    locale,
  )
  return html`<section
    class="seed"
    aria-label="${pageWords('page.layout.origin', undefined, locale)}"
  >
    <p>${credit}</p>
    <h2>${pageWords('page.layout.flask', undefined, locale)}</h2>
    <pre><code>${route.flask}</code></pre>
  </section>`
}

/** A whole HTML document in the tutorial server's layout. */
export function page({ title, body, route, setCookies = [], locale }: PageOptions): string {
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${pageWords('page.layout.documentTitle', { title }, locale)}</title>
        <link rel="icon" href="/favicon.ico" />
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        ${nav(route?.path, locale)}
        <main>
          <h1>${title}</h1>
          ${body} ${setCookies.length > 0 ? sentSection(setCookies, locale) : ''}
          ${route ? seedSection(route, locale) : ''}
        </main>
      </body>
    </html> `.text
}
