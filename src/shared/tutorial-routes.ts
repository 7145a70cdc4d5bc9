// The tutorial server's routes as plain data: the server draws its nav bar and 404 page from it,
// and the renderer shows a route's title, seed and Flask code next to the exchange it produced.
// Pure data, no Node: the renderer bundle imports this module too. A route's title and summary
// are messages of the catalogue (messages/en/tutorial-pages.ts), read in a language with
// routeTitle / routeSummary.

import { formatMessage, type Locale } from './messages/format-message'

/** Names a route's messages: `route.<key>.title` and `route.<key>.summary`. */
export type TutorialRouteKey =
  | 'index'
  | 'setcookie'
  | 'getcookie'
  | 'deletecookie'
  | 'cookies'
  | 'john'
  | 'johnSet'
  | 'johnDelete'
  | 'askpythonSet'
  | 'askpythonGet'
  | 'set'
  | 'playground'
  | 'crossSiteSetup'
  | 'crossSite'
  | 'crossSiteReport'
  | 'crossSiteReportPost'

interface RouteData {
  method: 'GET' | 'POST'
  path: string
  key: TutorialRouteKey
  /** The seed tutorials (in `../shared/seeds/`) this route re-enacts, e.g. '000/001'. */
  seed: string
  /** The Flask view that produces this response, as the seed writes it, fixed where it is broken. */
  flask: string
}

/** One Flask view answers the cross-site report for GET and POST alike. */
const CROSS_SITE_REPORT_FLASK = `@app.route('/cross-site/report', methods=['GET', 'POST'])
def cross_site_report():
    names = ['strict', 'lax', 'unspecified', 'none']
    sent = {name: name in request.cookies for name in names}
    return render_template('report.html', sent=sent)`

const ROUTES: readonly RouteData[] = [
  {
    method: 'GET',
    path: '/',
    key: 'index',
    seed: '000/001',
    flask: `@app.route('/')
def index():
   return render_template('index.html')`,
  },
  {
    method: 'POST',
    path: '/setcookie',
    key: 'setcookie',
    seed: '000/001',
    // The seed also accepts GET but returns nothing for it (Flask answers 500), and its body is
    // not indented under the if: POST only, so Flask itself answers a GET with 405.
    flask: `@app.route('/setcookie', methods=['POST'])
def setcookie():
   user = request.form['nm']  # no nm field: Flask answers 400

   resp = make_response(render_template('readcookie.html'))
   resp.set_cookie('userID', user)

   return resp`,
  },
  {
    method: 'GET',
    path: '/getcookie',
    key: 'getcookie',
    seed: '000/001',
    // The seed concatenates None (a crash when no cookie came) and echoes the cookie unescaped.
    flask: `@app.route('/getcookie')
def getcookie():
   name = request.cookies.get('userID')
   if name is None:
      return '<h1>No userID cookie was sent</h1>'
   return '<h1>welcome ' + escape(name) + '</h1>'`,
  },
  {
    method: 'GET',
    path: '/deletecookie',
    key: 'deletecookie',
    seed: '003',
    flask: `@app.route('/deletecookie')
def deletecookie():
   resp = make_response(render_template('deletecookie.html'))
   resp.set_cookie('userID', '', expires=0)
   return resp`,
  },
  {
    method: 'GET',
    path: '/cookies',
    key: 'cookies',
    seed: '002',
    flask: `@app.route('/cookies')
def home():
    res = make_response(render_template("index.html"))
    res.set_cookie("username", "root")
    cookies = request.cookies
    print(cookies)
    return res`,
  },
  {
    method: 'GET',
    path: '/john/',
    key: 'john',
    seed: '003',
    // The seed mounts all three views on '/'; here they live side by side under /john/.
    flask: `@app.route('/john/')
def index():
    username = request.cookies.get('username')
    return f'Hello, {escape(username)}'`,
  },
  {
    method: 'GET',
    path: '/john/set',
    key: 'johnSet',
    seed: '003',
    flask: `@app.route('/john/set')
def index():
    response = make_response('Setting cookie')
    response.set_cookie('username', 'John Doe')
    return response`,
  },
  {
    method: 'GET',
    path: '/john/delete',
    key: 'johnDelete',
    seed: '003',
    flask: `@app.route('/john/delete')
def index():
    response = make_response('Deleting cookie')
    response.set_cookie('username', '', expires=0)
    return response`,
  },
  {
    method: 'GET',
    path: '/askpython/setcookie',
    key: 'askpythonSet',
    seed: '004',
    flask: `@app.route('/askpython/setcookie')
def setcookie():
    resp = make_response(f"The Cookie has been Set")
    resp.set_cookie('Name','AskPython')
    return resp`,
  },
  {
    method: 'GET',
    path: '/askpython/getcookie',
    key: 'askpythonGet',
    seed: '004',
    flask: `@app.route('/askpython/getcookie')
def getcookie():
    name = request.cookies.get('Name')
    return f"The Site : {escape(name)}"`,
  },
  {
    method: 'GET',
    path: '/set',
    key: 'set',
    seed: '002',
    flask: `@app.route('/set')
def playground():
    args = request.args
    on = ('1', 'true', 'yes', 'on')
    resp = make_response(render_template('set.html'))
    resp.set_cookie(
        args['key'],
        args.get('value', ''),
        max_age=args.get('max_age', type=int),
        expires=args.get('expires', type=int),  # Unix seconds
        path=args.get('path') or '/',
        domain=args.get('domain') or None,
        secure=args.get('secure', '').lower() in on,
        httponly=args.get('httponly', '').lower() in on,
        samesite=args.get('samesite') or None,
    )
    return resp`,
  },
  {
    method: 'GET',
    path: '/playground',
    key: 'playground',
    seed: '002',
    flask: `@app.route('/playground')
def playground_form():
    return render_template('playground.html')`,
  },
  {
    method: 'GET',
    path: '/cross-site/setup',
    key: 'crossSiteSetup',
    seed: '002',
    flask: `@app.route('/cross-site/setup')
def cross_site_setup():
    resp = make_response(render_template('setup.html'))
    resp.set_cookie('strict', '1', samesite='Strict')
    resp.set_cookie('lax', '1', samesite='Lax')
    resp.set_cookie('unspecified', '1')
    if request.is_secure:  # SameSite=None needs Secure
        resp.set_cookie('none', '1', samesite='None', secure=True)
    return resp`,
  },
  {
    method: 'GET',
    path: '/cross-site',
    key: 'crossSite',
    seed: '002',
    flask: `@app.route('/cross-site')
def cross_site():
    # The template holds <a href>, <img src>, <form method=post> and fetch(),
    # each aimed at request.args['site'].
    return render_template('cross_site.html', site=request.args.get('site', 'tracker.test'))`,
  },
  {
    method: 'GET',
    path: '/cross-site/report',
    key: 'crossSiteReport',
    seed: '002',
    flask: CROSS_SITE_REPORT_FLASK,
  },
  {
    method: 'POST',
    path: '/cross-site/report',
    key: 'crossSiteReportPost',
    seed: '002',
    flask: CROSS_SITE_REPORT_FLASK,
  },
]

export interface TutorialRoute extends RouteData {
  /** In English: routeTitle(route, locale) in another language. */
  title: string
  /** One plain sentence, in English: routeSummary(route, locale) in another language. */
  summary: string
}

/** The route's title in LOCALE (by default the UI's current language). */
export function routeTitle(route: RouteData, locale?: Locale): string {
  return formatMessage(`route.${route.key}.title`, undefined, locale)
}

/** The route's one plain sentence in LOCALE (by default the UI's current language). */
export function routeSummary(route: RouteData, locale?: Locale): string {
  return formatMessage(`route.${route.key}.summary`, undefined, locale)
}

export const TUTORIAL_ROUTES: readonly TutorialRoute[] = ROUTES.map((route) => ({
  ...route,
  title: routeTitle(route, 'en'),
  summary: routeSummary(route, 'en'),
}))

/** The route a request hit, if it is a tutorial route. HEAD counts as GET, as in Flask. */
export function findTutorialRoute(method: string, pathname: string): TutorialRoute | undefined {
  const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase()
  return TUTORIAL_ROUTES.find((route) => route.method === wanted && route.path === pathname)
}
