// The tutorial server's routes as plain data: the server draws its nav bar and 404 page from it,
// and the renderer shows a route's title, seed and Flask code next to the exchange it produced.
// Pure data, no Node: the renderer bundle imports this module too.

export interface TutorialRoute {
  method: 'GET' | 'POST'
  path: string
  /** The seed tutorials (in `../shared/seeds/`) this route re-enacts, e.g. '000/001'. */
  seed: string
  title: string
  /** One plain sentence. */
  summary: string
  /** The Flask view that produces this response, as the seed writes it, fixed where it is broken. */
  flask: string
}

/** One Flask view answers the cross-site report for GET and POST alike. */
const CROSS_SITE_REPORT_FLASK = `@app.route('/cross-site/report', methods=['GET', 'POST'])
def cross_site_report():
    names = ['strict', 'lax', 'unspecified', 'none']
    sent = {name: name in request.cookies for name in names}
    return render_template('report.html', sent=sent)`

export const TUTORIAL_ROUTES: readonly TutorialRoute[] = [
  {
    method: 'GET',
    path: '/',
    seed: '000/001',
    title: 'The login form',
    summary: 'A form asks for a userID and posts it to /setcookie.',
    flask: `@app.route('/')
def index():
   return render_template('index.html')`,
  },
  {
    method: 'POST',
    path: '/setcookie',
    seed: '000/001',
    title: 'Set the userID cookie',
    summary: 'The posted nm field becomes the userID cookie on the response.',
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
    seed: '000/001',
    title: 'Read the userID cookie',
    summary: 'The browser sends the userID cookie back and the page welcomes that name.',
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
    seed: '003',
    title: 'Delete the userID cookie',
    summary: 'An empty userID cookie that expired in 1970 makes the browser drop it.',
    flask: `@app.route('/deletecookie')
def deletecookie():
   resp = make_response(render_template('deletecookie.html'))
   resp.set_cookie('userID', '', expires=0)
   return resp`,
  },
  {
    method: 'GET',
    path: '/cookies',
    seed: '002',
    title: 'Cookies seen by the server and by JavaScript',
    summary:
      'Sets username=root and shows the cookies the request carried next to document.cookie.',
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
    seed: '003',
    title: 'Hello, username',
    summary: 'Greets whoever the username cookie names, or None when no cookie came.',
    // The seed mounts all three views on '/'; here they live side by side under /john/.
    flask: `@app.route('/john/')
def index():
    username = request.cookies.get('username')
    return f'Hello, {escape(username)}'`,
  },
  {
    method: 'GET',
    path: '/john/set',
    seed: '003',
    title: 'Set username to John Doe',
    summary: 'A value with a space: Flask sends it in double quotes.',
    flask: `@app.route('/john/set')
def index():
    response = make_response('Setting cookie')
    response.set_cookie('username', 'John Doe')
    return response`,
  },
  {
    method: 'GET',
    path: '/john/delete',
    seed: '003',
    title: 'Delete username',
    summary: 'An empty value with expires=0 tells the browser to drop the username cookie.',
    flask: `@app.route('/john/delete')
def index():
    response = make_response('Deleting cookie')
    response.set_cookie('username', '', expires=0)
    return response`,
  },
  {
    method: 'GET',
    path: '/askpython/setcookie',
    seed: '004',
    title: 'Set Name=AskPython',
    summary: 'Sets the Name cookie to AskPython.',
    flask: `@app.route('/askpython/setcookie')
def setcookie():
    resp = make_response(f"The Cookie has been Set")
    resp.set_cookie('Name','AskPython')
    return resp`,
  },
  {
    method: 'GET',
    path: '/askpython/getcookie',
    seed: '004',
    title: 'Read the Name cookie',
    summary: 'Shows the site named by the Name cookie.',
    flask: `@app.route('/askpython/getcookie')
def getcookie():
    name = request.cookies.get('Name')
    return f"The Site : {escape(name)}"`,
  },
  {
    method: 'GET',
    path: '/set',
    seed: '002',
    title: 'Cookie playground',
    summary: 'Calls set_cookie with every parameter taken from the query string.',
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
    seed: '002',
    title: 'Build a cookie',
    summary: 'A form with every set_cookie parameter that sends you to /set.',
    flask: `@app.route('/playground')
def playground_form():
    return render_template('playground.html')`,
  },
  {
    method: 'GET',
    path: '/cross-site/setup',
    seed: '002',
    title: 'Cookies for each SameSite',
    summary: 'Stores one cookie per SameSite value on this site, for the cross-site lesson.',
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
    seed: '002',
    title: 'A page that calls another site',
    summary: 'A link, an image, a form POST and a fetch, each to another tutorial site.',
    flask: `@app.route('/cross-site')
def cross_site():
    # The template holds <a href>, <img src>, <form method=post> and fetch(),
    # each aimed at request.args['site'].
    return render_template('cross_site.html', site=request.args.get('site', 'tracker.test'))`,
  },
  {
    method: 'GET',
    path: '/cross-site/report',
    seed: '002',
    title: 'Which cookies came',
    summary: 'Lists which of the lesson cookies the browser sent with this request.',
    flask: CROSS_SITE_REPORT_FLASK,
  },
  {
    method: 'POST',
    path: '/cross-site/report',
    seed: '002',
    title: 'Which cookies came (a form POST)',
    summary: 'The same report, for a form posted from another site.',
    flask: CROSS_SITE_REPORT_FLASK,
  },
]

/** The seed tutorials by number, as a page credits them. */
export const SEED_SOURCES: Readonly<Record<string, string>> = {
  '000': 'tutorialspoint, "Flask – Cookies"',
  '001': 'tutorialspoint, "Flask – Cookies"',
  '002': '"Cookies" in Flask: set_cookie and document.cookie',
  '003': 'a notebook: reading, setting and deleting cookies',
  '004': 'AskPython, "Flask cookies"',
}

/** Where a route's seed comes from, e.g. 'seed 000/001: tutorialspoint, "Flask – Cookies"'. */
export function seedCredit(route: TutorialRoute): string {
  const sources = [...new Set(route.seed.split('/').map((id) => SEED_SOURCES[id] ?? ''))]
  return `seed ${route.seed}: ${sources.filter(Boolean).join('; ')}`
}

/** The route a request hit, if it is a tutorial route. HEAD counts as GET, as in Flask. */
export function findTutorialRoute(method: string, pathname: string): TutorialRoute | undefined {
  const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase()
  return TUTORIAL_ROUTES.find((route) => route.method === wanted && route.path === pathname)
}
