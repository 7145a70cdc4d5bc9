// The tutorial server's pages: what each page explains around the Flask tutorial it re-enacts,
// the routes' titles, and the refusal pages. Part of the one English catalogue
// (`../catalogue-en.ts`); src/core/server/page-text.ts formats them.
//
// Markup, for the translator: text in `backticks` is code (a path, a cookie, a header, a
// Python call) and stays exactly as written; **double asterisks** mark strong words. A {link}
// parameter is a whole link whose words are another message of this file.

import type { CatalogueEntry } from '../catalogue-entry'

const PAGE = "On a page of the tutorial web server, shown in the app's browser pane."
const CODE = 'Text in `backticks` is code and stays as written.'
const TITLE = 'The title of a page of the tutorial web server (its heading and the window title).'
const ROUTE = (path: string) =>
  `The title of the tutorial route ${path}, in the pages' list of routes and the detail view.`
const SUMMARY = (path: string) =>
  `One plain sentence on what the tutorial route ${path} does, under its Flask code and in the detail view (plain text, no backticks).`
const LINK = (where: string) => `The words of a link ${where}.`
const REFUSAL = 'The title of a page the tutorial server answers when it refuses a request.'

export const tutorialPagesEn = {
  // The layout every page shares.
  'page.layout.documentTitle': {
    message: '{title} · Cookie Lab tutorial',
    description: "The browser window title of a tutorial page. {title}: the page's own title.",
  },
  'page.layout.nav': {
    message: 'Tutorial routes',
    description: 'Read by a screen reader: the name of the bar of links to every tutorial page.',
  },
  'page.layout.sent': {
    message: 'What the server sent',
    description: `${PAGE} A heading above the Set-Cookie lines of this response.`,
  },
  'page.layout.received': {
    message: 'What the browser sent',
    description: `${PAGE} A heading above the Cookie line the request carried.`,
  },
  'page.layout.noCookieHeader': {
    message: '(no Cookie header)',
    description: `${PAGE} In place of the Cookie line when the request carried none.`,
  },
  'page.layout.origin': {
    message: 'Where this page comes from',
    description: 'Read by a screen reader: the name of the section that credits the seed tutorial.',
  },
  'page.layout.reenacts': {
    message: 'Re-enacts seed {seed}: {sources}. {summary}',
    description: `${PAGE} Credits the seed tutorial the page re-enacts. {seed}: its number, such as 000/001; {sources}: where it comes from; {summary}: what the route does.`,
  },
  'page.layout.flask': {
    message: 'The Flask code',
    description: `${PAGE} A heading above the Python code of the Flask view.`,
  },

  // The seed tutorials (../../shared/seeds), as a page credits them.
  'seed.000': {
    message: 'tutorialspoint, “Flask – Cookies”',
    description: 'A seed tutorial, credited: its site and its title.',
  },
  'seed.001': {
    message: 'tutorialspoint, “Flask – Cookies”',
    description: 'A seed tutorial, credited: its site and its title.',
  },
  'seed.002': {
    message: '“Cookies” in Flask: set_cookie and document.cookie',
    description: 'A seed tutorial, credited: what it is about.',
  },
  'seed.003': {
    message: 'a notebook: reading, setting and deleting cookies',
    description: 'A seed tutorial, credited: what it is.',
  },
  'seed.004': {
    message: 'AskPython, “Flask cookies”',
    description: 'A seed tutorial, credited: its site and its title.',
  },

  // The routes.
  'route.index.title': { message: 'The login form', description: ROUTE('/') },
  'route.index.summary': {
    message: 'A form asks for a userID and posts it to /setcookie.',
    description: SUMMARY('/'),
  },
  'route.setcookie.title': { message: 'Set the userID cookie', description: ROUTE('/setcookie') },
  'route.setcookie.summary': {
    message: 'The posted nm field becomes the userID cookie on the response.',
    description: SUMMARY('/setcookie'),
  },
  'route.getcookie.title': { message: 'Read the userID cookie', description: ROUTE('/getcookie') },
  'route.getcookie.summary': {
    message: 'The browser sends the userID cookie back and the page welcomes that name.',
    description: SUMMARY('/getcookie'),
  },
  'route.deletecookie.title': {
    message: 'Delete the userID cookie',
    description: ROUTE('/deletecookie'),
  },
  'route.deletecookie.summary': {
    message: 'An empty userID cookie that expired in 1970 makes the browser drop it.',
    description: SUMMARY('/deletecookie'),
  },
  'route.cookies.title': {
    message: 'Cookies seen by the server and by JavaScript',
    description: ROUTE('/cookies'),
  },
  'route.cookies.summary': {
    message:
      'Sets username=root and shows the cookies the request carried next to document.cookie.',
    description: SUMMARY('/cookies'),
  },
  'route.john.title': { message: 'Hello, username', description: ROUTE('/john/') },
  'route.john.summary': {
    message: 'Greets whoever the username cookie names, or None when no cookie came.',
    description: SUMMARY('/john/'),
  },
  'route.johnSet.title': { message: 'Set username to John Doe', description: ROUTE('/john/set') },
  'route.johnSet.summary': {
    message: 'A value with a space: Flask sends it in double quotes.',
    description: SUMMARY('/john/set'),
  },
  'route.johnDelete.title': { message: 'Delete username', description: ROUTE('/john/delete') },
  'route.johnDelete.summary': {
    message: 'An empty value with expires=0 tells the browser to drop the username cookie.',
    description: SUMMARY('/john/delete'),
  },
  'route.askpythonSet.title': {
    message: 'Set Name=AskPython',
    description: ROUTE('/askpython/setcookie'),
  },
  'route.askpythonSet.summary': {
    message: 'Sets the Name cookie to AskPython.',
    description: SUMMARY('/askpython/setcookie'),
  },
  'route.askpythonGet.title': {
    message: 'Read the Name cookie',
    description: ROUTE('/askpython/getcookie'),
  },
  'route.askpythonGet.summary': {
    message: 'Shows the site named by the Name cookie.',
    description: SUMMARY('/askpython/getcookie'),
  },
  'route.set.title': { message: 'Cookie playground', description: ROUTE('/set') },
  'route.set.summary': {
    message: 'Calls set_cookie with every parameter taken from the query string.',
    description: SUMMARY('/set'),
  },
  'route.playground.title': { message: 'Build a cookie', description: ROUTE('/playground') },
  'route.playground.summary': {
    message: 'A form with every set_cookie parameter that sends you to /set.',
    description: SUMMARY('/playground'),
  },
  'route.crossSiteSetup.title': {
    message: 'Cookies for each SameSite',
    description: ROUTE('/cross-site/setup'),
  },
  'route.crossSiteSetup.summary': {
    message: 'Stores one cookie per SameSite value on this site, for the cross-site lesson.',
    description: SUMMARY('/cross-site/setup'),
  },
  'route.crossSite.title': {
    message: 'A page that calls another site',
    description: ROUTE('/cross-site'),
  },
  'route.crossSite.summary': {
    message: 'A link, an image, a form POST and a fetch, each to another tutorial site.',
    description: SUMMARY('/cross-site'),
  },
  'route.crossSiteReport.title': {
    message: 'Which cookies came',
    description: ROUTE('GET /cross-site/report'),
  },
  'route.crossSiteReport.summary': {
    message: 'Lists which of the lesson cookies the browser sent with this request.',
    description: SUMMARY('GET /cross-site/report'),
  },
  'route.crossSiteReportPost.title': {
    message: 'Which cookies came (a form POST)',
    description: ROUTE('POST /cross-site/report'),
  },
  'route.crossSiteReportPost.summary': {
    message: 'The same report, for a form posted from another site.',
    description: SUMMARY('POST /cross-site/report'),
  },

  // The seed tutorials' pages (tutorial-pages.ts).
  'page.backHome': {
    message: 'Back to the form',
    description: LINK('back to the login form (the first tutorial page)'),
  },
  'page.index.intro': {
    message:
      'Type a name and press Login. The form posts it to `/setcookie`, whose answer carries a `Set-Cookie` header: the browser stores a cookie named `userID` and sends it back with every later request to this site.',
    description: `${PAGE} Under the login form of the first page; "Login" is the form's button, which stays in English as the seed tutorial writes it. ${CODE}`,
  },
  'page.setcookie.noUserTitle': {
    message: 'No userID to set',
    description: `${REFUSAL} The login form's request came without its field.`,
  },
  'page.setcookie.noField': {
    message:
      "The request carried no form field named `nm`. The seed reads `request.form['nm']`, and Flask answers **400 Bad Request** when a form field is missing. No cookie was set.",
    description: `${PAGE} Why /setcookie refused the request. ${CODE}`,
  },
  'page.setcookie.noFieldNotForm': {
    message:
      "The request carried no form field named `nm` (its body was not a URL-encoded form). The seed reads `request.form['nm']`, and Flask answers **400 Bad Request** when a form field is missing. No cookie was set.",
    description: `${PAGE} Why /setcookie refused a request whose body was no form at all. ${CODE}`,
  },
  'page.setcookie.title': { message: 'Cookie set', description: TITLE },
  'page.setcookie.stored': {
    message:
      'The server answered with a `Set-Cookie` header: your browser now holds a cookie named `userID`.',
    description: `${PAGE} After the login form was sent. ${CODE}`,
  },
  'page.setcookie.storedEmpty': {
    message:
      'The server answered with a `Set-Cookie` header: your browser now holds a cookie named `userID` with an empty value.',
    description: `${PAGE} After the login form was sent with an empty name. ${CODE}`,
  },
  'page.setcookie.readIt': {
    message: 'Click here to read cookie',
    description: `${LINK('to /getcookie, as the seed tutorial words it')}`,
  },
  'page.getcookie.none': {
    message:
      'This request carried no cookie named `userID`, so there is no one to welcome. Log in on the form first; if you did, the cookie was deleted or has expired.',
    description: `${PAGE} /getcookie when no userID cookie came. ${CODE}`,
  },
  'page.getcookie.seedCrash': {
    message: "The seed's own code would crash here (it adds `None` to a string).",
    description: `${PAGE} A side note on /getcookie when no cookie came. ${CODE}`,
  },
  'page.getcookie.toForm': { message: 'Go to the form', description: LINK('to the login form') },
  'page.getcookie.read': {
    message:
      'The browser sent the `userID` cookie back with this request; the server read it from the `Cookie` header. {link}.',
    description: `${PAGE} /getcookie when the cookie came. {link}: a link whose words are "Delete it". ${CODE}`,
  },
  'page.getcookie.deleteIt': { message: 'Delete it', description: LINK('to /deletecookie') },
  'page.deletecookie.title': { message: 'userID cookie deleted', description: TITLE },
  'page.deletecookie.explain': {
    message:
      'The server sent `userID` again, empty and with an expiry date in 1970. A cookie that has already expired replaces the stored one and is dropped at once: that is how a server deletes a cookie.',
    description: `${PAGE} ${CODE}`,
  },
  'page.deletecookie.check': {
    message: 'Check: read the cookie',
    description: LINK('to /getcookie, to see that the cookie is gone'),
  },
  'page.cookies.title': { message: 'Cookies', description: TITLE },
  'page.cookies.received': {
    message: 'What the server received',
    description: `${PAGE} A heading above the table of cookies the request carried.`,
  },
  'page.cookies.name': {
    message: 'name',
    description: `${PAGE} A column heading: a cookie's name.`,
  },
  'page.cookies.value': {
    message: 'value',
    description: `${PAGE} A column heading: a cookie's value.`,
  },
  'page.cookies.none': {
    message:
      'No cookies came with this request. This page sets `username=root`, so the next visit will carry it.',
    description: `${PAGE} ${CODE}`,
  },
  'page.cookies.scriptSees': {
    message: 'What JavaScript sees',
    description: `${PAGE} A heading above document.cookie read live.`,
  },
  'page.cookies.readLive': {
    message: '`document.cookie`, read live. HttpOnly cookies never appear here.',
    description: `${PAGE} ${CODE}`,
  },
  'page.cookies.scriptOff': {
    message: '(JavaScript is off)',
    description: `${PAGE} Where document.cookie is shown, until the page's script runs.`,
  },
  'page.cookies.empty': {
    message: '(empty)',
    description: `${PAGE} Shown as document.cookie when it is the empty string.`,
  },
  'page.cookies.write': {
    message: 'Write a cookie from JavaScript',
    description: `${PAGE} A heading above a small form whose script sets document.cookie.`,
  },
  'page.cookies.writeButton': {
    message: 'Write cookie',
    description: `${PAGE} The button of that form.`,
  },
  'page.cookies.writeNote': {
    message:
      'A script write sends nothing over the network: the browser stores the cookie and sends it with the next request.',
    description: `${PAGE} Under that form, until the learner writes a cookie.`,
  },
  'page.john.none': {
    message:
      'No `username` cookie came, so `request.cookies.get` gave `None` and Python printed it. {link}.',
    description: `${PAGE} {link}: a link whose words are "Set it". ${CODE}`,
  },
  'page.john.read': {
    message: 'Read from the `username` cookie. {link}.',
    description: `${PAGE} {link}: a link whose words are "Delete it". ${CODE}`,
  },
  'page.setIt': { message: 'Set it', description: LINK('to the page that sets the cookie') },
  'page.johnSet.explain': {
    message:
      'The value has a space, so Werkzeug sends it in double quotes; Flask removes them again when it reads the cookie. {link}.',
    description: `${PAGE} {link}: a link whose words are "Read it".`,
  },
  'page.readIt': { message: 'Read it', description: LINK('to the page that reads the cookie') },
  'page.johnDelete.explain': {
    message: 'An empty value that expired in 1970: the browser drops `username`. {link}.',
    description: `${PAGE} {link}: a link whose words are "Check". ${CODE}`,
  },
  'page.check': {
    message: 'Check',
    description: LINK('to the page that reads the cookie, to see that it is gone'),
  },
  'page.askpython.readBack': {
    message: 'Read it back',
    description: LINK('to the page that reads the cookie just set'),
  },
  'page.askpython.none': {
    message: 'No `Name` cookie came. {link}.',
    description: `${PAGE} {link}: a link whose words are "Set it". ${CODE}`,
  },
  'page.askpython.read': {
    message: 'Read from the `Name` cookie.',
    description: `${PAGE} ${CODE}`,
  },

  // The playground (playground.ts).
  'page.playground.noCookieSet': {
    message: 'No cookie was set. Fix it here and try again:',
    description: `${PAGE} Above the playground's form, after a refusal.`,
  },
  'page.playground.needsNameTitle': {
    message: 'A cookie needs a name',
    description: `${REFUSAL} The playground's query had no cookie name.`,
  },
  'page.playground.needsName': {
    message: 'The query has no `key`: it names the cookie, as in `/set?key=theme&value=dark`.',
    description: `${PAGE} ${CODE}`,
  },
  'page.playground.emptyName': {
    message:
      'The query has no `key` (it is empty): it names the cookie, as in `/set?key=theme&value=dark`.',
    description: `${PAGE} ${CODE}`,
  },
  'page.playground.wholeNumberTitle': {
    message: '{field} must be a whole number',
    description: `${REFUSAL} {field}: max_age or expires, a parameter name, not translated.`,
  },
  'page.playground.notInteger': {
    message: '`{field}={text}` is not an integer.',
    description: `${PAGE} {field}: the parameter name; {text}: what the learner typed. ${CODE}`,
  },
  'page.playground.maxAgeHint': {
    message: 'max_age is a number of seconds, such as 60.',
    description: `${PAGE} After "… is not an integer", for max_age.`,
  },
  'page.playground.expiresHint': {
    message: 'expires is a Unix time in seconds, such as 0 (1 January 1970) or 2000000000.',
    description: `${PAGE} After "… is not an integer", for expires.`,
  },
  'page.playground.yesNoTitle': {
    message: '{field} must be yes or no',
    description: `${REFUSAL} {field}: secure, httponly or partitioned, a parameter name, not translated.`,
  },
  'page.playground.yesNo': {
    message:
      '`{field}={text}` is neither: use 1, true, yes or on to turn it on, and 0, false, no, off or nothing to leave it off.',
    description: `${PAGE} {field}: the parameter name; {text}: what the learner typed. The words 1, true, yes, on, 0, false, no, off are values the server reads and stay in English. ${CODE}`,
  },
  'page.playground.outOfYears': {
    message: 'The expiry date falls outside the years 1 to 9999, which Python cannot write.',
    description: `${PAGE} Why Flask cannot send the cookie the learner asked for.`,
  },
  'page.playground.cannotSendTitle': {
    message: 'Flask cannot send that cookie',
    description: REFUSAL,
  },
  'page.playground.cannotSend': {
    message: '`{call}` fails in Werkzeug 2.2: {why}',
    description: `${PAGE} {call}: the Python call; {why}: the reason, a sentence (in English when it is Werkzeug's own error message). ${CODE}`,
  },
  'page.set.title': {
    message: 'Cookie sent: {name}',
    description: `${TITLE} {name}: the cookie's name.`,
  },
  'page.set.called': {
    message: 'The server called',
    description: `${PAGE} Above the Python call the server made, such as set_cookie('theme', 'dark').`,
  },
  'page.set.willRefuse': {
    message: 'Your browser will likely refuse it',
    description: `${PAGE} A heading above the rules the cookie just sent breaks.`,
  },
  'page.set.worthKnowing': {
    message: 'Worth knowing',
    description: `${PAGE} A heading above what will surprise about the cookie just sent.`,
  },
  'page.set.change': {
    message: 'Change this cookie',
    description: LINK('back to the playground form, filled in'),
  },
  'page.set.seeReceived': {
    message: 'See what the server receives',
    description: LINK('to /cookies'),
  },
  'page.set.otherScheme': {
    message: 'The same over {scheme}',
    description: `${LINK('sending the same query to the other scheme')} {scheme}: http or https.`,
  },
  'page.playground.intro': {
    message:
      "Every field is a parameter of Flask's `set_cookie`. Leave a field empty for Flask's default. The form sends you to `/set`, which calls `set_cookie` with what you chose and shows the header it sent.",
    description: `${PAGE} Above the playground's form. ${CODE}`,
  },
  'page.playground.form': {
    message: 'Build a cookie',
    description: "Read by a screen reader: the name of the playground's form.",
  },
  'page.playground.hint.key': {
    message: 'the cookie’s name (required)',
    description: `${PAGE} Beside the form field key (a parameter name, not translated).`,
  },
  'page.playground.hint.value': {
    message: 'what it holds',
    description: `${PAGE} Beside the form field value.`,
  },
  'page.playground.hint.max_age': {
    message: 'seconds it lives',
    description: `${PAGE} Beside the form field max_age.`,
  },
  'page.playground.hint.expires': {
    message: 'Unix seconds when it ends; 0 is 1970',
    description: `${PAGE} Beside the form field expires.`,
  },
  'page.playground.hint.path': {
    message: 'where the browser sends it back',
    description: `${PAGE} Beside the form field path.`,
  },
  'page.playground.hint.domain': {
    message: 'a parent domain to share it with',
    description: `${PAGE} Beside the form field domain.`,
  },
  'page.playground.hint.secure': {
    message: 'only over https',
    description: `${PAGE} Beside the checkbox secure.`,
  },
  'page.playground.hint.httponly': {
    message: 'hidden from JavaScript',
    description: `${PAGE} Beside the checkbox httponly.`,
  },
  'page.playground.hint.partitioned': {
    message: 'one jar per top-level site (CHIPS); needs secure',
    description: `${PAGE} Beside the checkbox partitioned.`,
  },
  'page.playground.notSet': {
    message: '(not set)',
    description: `${PAGE} The choice of no SameSite attribute at all.`,
  },
  'page.playground.submit': {
    message: 'Set cookie',
    description: `${PAGE} The playground form's button.`,
  },
  'page.playground.submitOver': {
    message: 'Set cookie over {scheme}',
    description: `${PAGE} A second button that sends the form to the other scheme. {scheme}: http or https.`,
  },

  // What a browser will make of a cookie the playground sends (cookie-refusals.ts).
  'page.forecast.tooLarge': {
    message:
      'Its name and value take {size} bytes on the wire; browsers refuse a cookie whose name and value together pass {max} bytes.',
    description: `${PAGE} A rule the cookie breaks. {size}, {max}: byte counts.`,
  },
  'page.forecast.noneInsecure': {
    message:
      'SameSite=None without Secure: Chromium refuses it (SameSiteNoneInsecure). A cookie sent to other sites must also be Secure.',
    description: `${PAGE} A rule the cookie breaks. SameSiteNoneInsecure is Chromium's name for it and stays in English.`,
  },
  'page.forecast.secureOverHttp': {
    message:
      'Secure, but this page came over plain http from {host}: a browser only lets a secure page set a Secure cookie (http://localhost and http://127.0.0.1 count as secure).',
    description: `${PAGE} A rule the cookie breaks. {host}: the page's host name.`,
  },
  'page.forecast.partitionedInsecure': {
    message: 'Partitioned without Secure: Chromium stores a partitioned cookie only if Secure.',
    description: `${PAGE} A rule the cookie breaks.`,
  },
  'page.forecast.securePrefix': {
    message: 'A name starting with __Secure- requires the Secure attribute.',
    description: `${PAGE} A rule the cookie breaks.`,
  },
  'page.forecast.hostPrefix': {
    message: 'A name starting with __Host- requires Secure, Path=/ and no Domain.',
    description: `${PAGE} A rule the cookie breaks.`,
  },
  'page.forecast.foreignDomain': {
    message:
      "Domain={domain}, but this page's host is {host}: a site may only set cookies for its own host name or a parent domain of it.",
    description: `${PAGE} A rule the cookie breaks. {domain}: the Domain asked for; {host}: the page's host name.`,
  },
  'page.forecast.nameUnquoted': {
    message:
      'Werkzeug does not quote names: the browser reads the name up to the first "=" and treats whatever follows a ";" as attributes.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.nameTrimmed': {
    message: 'The browser trims the spaces around the name.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.nameRawUtf8': {
    message: 'The name goes out as raw UTF-8 bytes: Werkzeug quotes values, never names.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.pathNoSlash': {
    message:
      'The path does not start with "/": the browser ignores it and uses the default path, the directory of the page that set the cookie.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.maxAgeZero': {
    message:
      'Max-Age is zero or less: the browser stores nothing and deletes any cookie it holds with this name, domain and path.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.expiresPast': {
    message:
      'Expires is in the past: the browser stores nothing and deletes any cookie it holds with this name, domain and path. This is how Flask apps delete cookies.',
    description: `${PAGE} A surprise about the cookie.`,
  },
  'page.forecast.maxAgeWins': {
    message: 'Both Max-Age and Expires: the browser goes by Max-Age.',
    description: `${PAGE} A surprise about the cookie.`,
  },

  // Text that would break a header line (header-safety.ts).
  'page.header.title': {
    message: 'That cannot go into a header',
    description: `${REFUSAL} What the learner typed holds a line break or a NUL byte.`,
  },
  'page.header.contains': {
    message: 'The `{label}` contains {what} at position {position}.',
    description: `${PAGE} {label}: the field (key, value, path, domain or userID), not translated; {what}: one of the characters named below; {position}: where, counted from 1. ${CODE}`,
  },
  'page.header.cr': {
    message: 'a carriage return (CR)',
    description: `${PAGE} A character named in "The key contains … at position 3."`,
  },
  'page.header.lf': {
    message: 'a line feed (LF)',
    description: `${PAGE} A character named in "The key contains … at position 3."`,
  },
  'page.header.nul': {
    message: 'a NUL byte',
    description: `${PAGE} A character named in "The key contains … at position 3."`,
  },
  'page.header.control': {
    message: 'the control character {code}',
    description: `${PAGE} A character named in "The key contains … at position 3." {code}: such as U+0007.`,
  },
  'page.header.why': {
    message:
      'CR, LF and NUL can never go into an HTTP header: a server that let them through would let anyone who controls the text write headers of their own (response splitting).',
    description: PAGE,
  },

  // The cross-site lesson (cross-site-pages.ts).
  'page.crossSite.rule.strict': {
    message: 'never sent when another site starts the request, not even on a link.',
    description: `${PAGE} What the browser does with a SameSite=Strict cookie, after "strict=1 (SameSite Strict):".`,
  },
  'page.crossSite.rule.lax': {
    message:
      'sent when the learner follows a link (a top-level GET), never with an image, a fetch or a POST from another site.',
    description: `${PAGE} What the browser does with a SameSite=Lax cookie, after "lax=1 (SameSite Lax):".`,
  },
  'page.crossSite.rule.unspecified': {
    message:
      'treated as Lax, except for two minutes after it was set, when Chromium still sends it with a cross-site POST (the "Lax+POST" allowance).',
    description: `${PAGE} What the browser does with a cookie without SameSite.`,
  },
  'page.crossSite.rule.none': {
    message:
      'sent with every request from any site, unless the browser blocks third-party cookies (Chrome in an Incognito window does, and so does the pane of Cookie Lab in a browser); it must be Secure, so it exists only over https.',
    description: `${PAGE} What the browser does with a SameSite=None cookie.`,
  },
  'page.crossSite.notTutorialSiteTitle': {
    message: 'Not a tutorial site',
    description: `${REFUSAL} The query named a host that is not one of the tutorial's.`,
  },
  'page.crossSite.notTutorialSite': {
    message: "`{field}={site}` is not one of the tutorial's sites; try `{fallback}`.",
    description: `${PAGE} ${CODE}`,
  },
  'page.crossSite.setupTitle': {
    message: 'Cookies for {host}',
    description: `${TITLE} {host}: a host name.`,
  },
  'page.crossSite.stored': {
    message:
      '`{host}` just stored {count, plural, one {# cookie} other {# cookies}}, one for each SameSite value. Visited directly like this, every one of them comes back to it.',
    description: `${PAGE} {host}: a host name; {count}: 3 or 4. ${CODE}`,
  },
  'page.crossSite.cookieRule': {
    message: '`{cookie}` (SameSite {sameSite}): {rule}',
    description: `${PAGE} One cookie and its rule. {cookie}: such as strict=1; {sameSite}: Strict, Lax, None or "not set"; {rule}: a sentence. ${CODE}`,
  },
  'page.crossSite.sameSiteNotSet': {
    message: 'not set',
    description: `${PAGE} In "(SameSite not set)": the cookie has no SameSite attribute.`,
  },
  'page.crossSite.noNoneOverHttp': {
    message:
      'Over plain http there is no `SameSite=None` cookie: it needs `Secure`. {link} to see all four.',
    description: `${PAGE} {link}: a link whose words are "Set them over https". ${CODE}`,
  },
  'page.crossSite.setOverHttps': {
    message: 'Set them over https',
    description: LINK('to the same page over https'),
  },
  'page.crossSite.next': {
    message: 'Now visit {caller}, a page that calls {host}',
    description: `${LINK('to the next page of the cross-site lesson')} {caller}, {host}: host names.`,
  },
  'page.crossSite.notOtherTitle': {
    message: 'Not another site',
    description: `${REFUSAL} The page was asked to call its own site.`,
  },
  'page.crossSite.notOther': {
    message: 'This page calls another site; `site={target}` is this one. Try {link}.',
    description: `${PAGE} {link}: a link to another site, whose words are its host name. ${CODE}`,
  },
  'page.crossSite.imageAlt': {
    message: 'the image request to {target}',
    description: `${PAGE} The alternative text of a tiny image loaded from another site. {target}: a host name.`,
  },
  'page.crossSite.fetchSent': {
    message: 'sent; {result}',
    description: `${PAGE} After the page's fetch() answered. {result}: what the other site says came, such as "came: lax, none" (another message).`,
  },
  'page.crossSite.fetchUnread': {
    message: 'no answer to read',
    description: `${PAGE} In "sent; …" when the answer could not be read.`,
  },
  'page.crossSite.fetchFailed': {
    message: 'failed: {error}',
    description: `${PAGE} When the page's fetch() failed. {error}: the browser's error message, in English.`,
  },
  'page.crossSite.title': {
    message: '{host} calls {target}',
    description: `${TITLE} {host}, {target}: host names.`,
  },
  'page.crossSite.intro': {
    message:
      'This page belongs to `{host}`. Each control below makes a request to `{target}`, another site: the browser decides, cookie by cookie, what goes with it. {link} if you have not.',
    description: `${PAGE} {link}: a link whose words are "Store … lesson cookies first". ${CODE}`,
  },
  'page.crossSite.setupFirst': {
    message: "Store {target}'s lesson cookies first",
    description: `${LINK('to the page that stores the lesson cookies')} {target}: a host name.`,
  },
  'page.crossSite.link': {
    message: 'A link to {target}',
    description: `${LINK('to another site')} {target}: a host name.`,
  },
  'page.crossSite.linkNote': {
    message: '(a top-level GET)',
    description: `${PAGE} After the link to another site.`,
  },
  'page.crossSite.image': {
    message: 'Load an image from {target}',
    description: `${PAGE} A button. {target}: a host name.`,
  },
  'page.crossSite.form': {
    message: 'Post a form to {target}',
    description: `${PAGE} A button. {target}: a host name.`,
  },
  'page.crossSite.fetch': {
    message: 'fetch() {target} with credentials',
    description: `${PAGE} A button that runs fetch() with credentials: 'include'. {target}: a host name.`,
  },
  'page.crossSite.stayHere': {
    message:
      "The image and the fetch stay on this page: their rows in the timeline show which cookies went (images are assets: show them with the timeline's filter).",
    description: PAGE,
  },
  'page.crossSite.reportTitle': {
    message: 'What came to {host}',
    description: `${TITLE} {host}: a host name.`,
  },
  'page.crossSite.reportIntro': {
    message:
      "The browser sent these of `{host}`'s lesson cookies with this request. Which site started it decides: the timeline's row for this request says why each cookie that stayed behind was held back.",
    description: `${PAGE} {host}: a host name. ${CODE}`,
  },
  'page.crossSite.reportIntroVia': {
    message:
      "The browser sent these of `{host}`'s lesson cookies with this request (a {via}). Which site started it decides: the timeline's row for this request says why each cookie that stayed behind was held back.",
    description: `${PAGE} {host}: a host name; {via}: link, image, form or fetch, a word of the page's address, not translated. ${CODE}`,
  },
  'page.crossSite.noneCame': {
    message: 'no lesson cookie came',
    description: `${PAGE} The report's one-line answer when no lesson cookie came.`,
  },
  'page.crossSite.came': {
    message: 'came: {names}',
    description: `${PAGE} The report's one-line answer. {names}: cookie names, such as "lax, none".`,
  },
  'page.crossSite.cookie': {
    message: 'cookie',
    description: `${PAGE} A column heading: the cookie's name.`,
  },
  'page.crossSite.withRequest': {
    message: 'with this request',
    description: `${PAGE} A column heading: whether the cookie was sent.`,
  },
  'page.crossSite.sent': {
    message: 'sent',
    description: `${PAGE} In the column "with this request".`,
  },
  'page.crossSite.notSent': {
    message: 'not sent',
    description: `${PAGE} In the column "with this request".`,
  },
  'page.crossSite.notSetCell': {
    message: '(not set)',
    description: `${PAGE} In the SameSite column: the cookie has no SameSite attribute.`,
  },
  'page.crossSite.again': {
    message: 'Store the lesson cookies again',
    description: LINK('to the page that stores the lesson cookies'),
  },

  // The embedding page (embed-page.ts).
  'page.embed.notTutorialSite': {
    message: "`site={site}` is not one of the tutorial's sites. Try {link}.",
    description: `${PAGE} {link}: a link whose words are a host name. ${CODE}`,
  },
  'page.embed.title': {
    message: '{site} inside {host}',
    description: `${TITLE} {site}, {host}: host names.`,
  },
  'page.embed.intro': {
    message:
      'This page of `{host}` embeds a page of `{site}`. Inside the frame, `{site}` is a third party: its cookies are cross-site here. Over https, a cookie set there with `Partitioned; Secure; SameSite=None` is kept in a jar of its own for this top-level site (CHIPS), apart from the one `{site}` has when visited directly.',
    description: `${PAGE} {host}, {site}: host names. ${CODE}`,
  },
  'page.embed.overHttp': {
    message:
      'This page came over plain http, so the frame did too: a browser keeps no `Secure` cookie from it. {link}.',
    description: `${PAGE} {link}: a link whose words are "Open it over https". ${CODE}`,
  },
  'page.embed.openOverHttps': {
    message: 'Open it over https',
    description: LINK('to the same page over https'),
  },
  'page.embed.frameTitle': {
    message: '{site}/set, embedded',
    description: 'Read by a screen reader: the name of the embedded frame. {site}: a host name.',
  },
  'page.embed.loads': {
    message: 'The frame loads `{src}`.',
    description: `${PAGE} {src}: an address. ${CODE}`,
  },
  'page.embed.onlyVisited': {
    message: 'This page is only visited.',
    description: `${PAGE} Why /embed refused a method other than GET.`,
  },

  // The server's refusals (tutorial-server.ts, url-encoded.ts).
  'page.refusal.notFoundTitle': { message: 'No such page', description: REFUSAL },
  'page.refusal.notFound': {
    message: 'Nothing lives at `{path}`. The tutorial server knows these routes:',
    description: `${PAGE} Above the table of every tutorial route. ${CODE}`,
  },
  'page.refusal.method': {
    message: 'method',
    description: `${PAGE} A column heading of the table of routes: GET or POST.`,
  },
  'page.refusal.path': {
    message: 'path',
    description: `${PAGE} A column heading of the table of routes.`,
  },
  'page.refusal.what': {
    message: 'what it does',
    description: `${PAGE} A column heading of the table of routes.`,
  },
  'page.refusal.useFormTitle': { message: 'Use the form', description: REFUSAL },
  'page.refusal.useForm': {
    message:
      "`/setcookie` takes the login form's `POST`, not a `{method}`: type a userID on {link} and press Login.",
    description: `${PAGE} {method}: such as GET; {link}: a link whose words are "the form". "Login" is the form's button. ${CODE}`,
  },
  'page.refusal.theForm': { message: 'the form', description: LINK('to the login form') },
  'page.refusal.methodTitle': { message: 'Method not allowed', description: REFUSAL },
  'page.refusal.method405': {
    message: '`{path}` answers `{allow}`, not `{method}`.',
    description: `${PAGE} {allow}: the methods the path takes, such as "GET, HEAD, OPTIONS". ${CODE}`,
  },
  'page.refusal.iconOnly': {
    message: 'The icon is only fetched.',
    description: `${PAGE} Why /favicon.ico refused a method other than GET.`,
  },
  'page.refusal.noHostTitle': { message: 'No Host header', description: REFUSAL },
  'page.refusal.noHost': {
    message:
      'Every request must say which site it is for in a `Host` header; this one did not, so the server cannot tell that it was meant for it.',
    description: `${PAGE} ${CODE}`,
  },
  'page.refusal.wrongHostTitle': {
    message: 'This server does not answer to that name',
    description: REFUSAL,
  },
  'page.refusal.wrongHost': {
    message:
      'The request was addressed to `{host}`. The tutorial server answers only to `localhost`, `127.0.0.1`, `[::1]` and names ending in `.test` or `.localhost` (with any port).',
    description: `${PAGE} {host}: the Host header that came. ${CODE}`,
  },
  'page.refusal.rebinding': {
    message:
      'This is DNS-rebinding protection: a web page on another site can point its own name at 127.0.0.1 and then read this server as if it were its own. Its requests still carry its own name in `Host`, so they are refused here.',
    description: `${PAGE} ${CODE}`,
  },
  'page.refusal.twoHostsTitle': { message: 'More than one Host header', description: REFUSAL },
  'page.refusal.twoHosts': {
    message:
      'This request named its site in more than one `Host` header. HTTP/1.1 allows exactly one (RFC 9112, section 3.2): with two, two servers along the way could each read a different one.',
    description: `${PAGE} ${CODE}`,
  },
  'page.refusal.crossSiteTitle': {
    message: 'Refused: another site asked for this cookie',
    description: REFUSAL,
  },
  'page.refusal.fromSite': {
    message: 'a page on `{origin}`',
    description: `${PAGE} Who sent a request, in "… it came from …". {origin}: such as https://evil.example. ${CODE}`,
  },
  'page.refusal.fromUnknown': {
    message: 'a page on another site that did not say which (no `Origin` or `Referer`)',
    description: `${PAGE} Who sent a request, in "… it came from …". ${CODE}`,
  },
  'page.refusal.crossSite': {
    message:
      'This request would set a cookie, and it came from {who}. The tutorial server sets cookies only for its own pages (its names on this port, which includes the cross-site lessons between `www.shop.test` and `tracker.test`).',
    description: `${PAGE} {who}: "a page on …" (another message). ${CODE}`,
  },
  'page.refusal.portsShared': {
    message:
      'Cookies ignore ports: a cookie set on `localhost` here goes to every other app on `localhost`. Any site open in your browser could otherwise plant cookies there, or enough of them that other local apps answer 431 (a "cookie bomb").',
    description: `${PAGE} ${CODE}`,
  },
  'page.refusal.retryLink': {
    message: 'If you meant it, follow {link}: from this page it comes from the tutorial itself.',
    description: `${PAGE} {link}: a link whose words are "this link".`,
  },
  'page.refusal.thisLink': { message: 'this link', description: LINK('to the page asked for') },
  'page.refusal.retryForm': {
    message: 'If you meant it, use {link}.',
    description: `${PAGE} {link}: a link whose words are "the tutorial's own form".`,
  },
  'page.refusal.ownForm': {
    message: "the tutorial's own form",
    description: LINK('to the login form'),
  },
  'page.refusal.tooLargeTitle': { message: 'Request body too large', description: REFUSAL },
  'page.refusal.tooLarge': {
    message:
      'The tutorial server reads at most {kib} KiB of a request body: its only form has one text field.',
    description: `${PAGE} {kib}: a size in KiB.`,
  },
  'page.refusal.badTargetTitle': { message: 'Bad request target', description: REFUSAL },
  'page.refusal.badTarget': {
    message: 'The request line named `{target}`; this server only takes paths that start with `/`.',
    description: `${PAGE} ${CODE}`,
  },
  'page.refusal.movedTitle': {
    message: 'Moved to the address with a slash',
    description: 'The title of a page that redirects to the same address with a slash at the end.',
  },
  'page.refusal.moved': {
    message: 'This page lives at {link}.',
    description: `${PAGE} {link}: a link whose words are the new path.`,
  },
  'page.refusal.optionsTitle': {
    message: 'Options',
    description:
      'The title of the answer to an OPTIONS request, which lists the methods a path takes.',
  },
  'page.refusal.bugTitle': { message: 'The tutorial server hit a bug', description: REFUSAL },
  'page.refusal.bug': {
    message: 'This is a fault in Cookie Lab, not in your request: `{message}`',
    description: `${PAGE} {message}: the error, in English. ${CODE}`,
  },
  'page.refusal.headersTooLargeTitle': {
    message: 'Request headers too large',
    description: REFUSAL,
  },
  'page.refusal.headersTooLarge': {
    message:
      "This request's headers pass {kib} KiB, more than the tutorial server reads. Usually the `Cookie` header has grown huge: delete some cookies and try again. The server is still running.",
    description: `${PAGE} {kib}: a size in KiB. ${CODE}`,
  },
  'page.refusal.timeoutTitle': { message: 'Request timed out', description: REFUSAL },
  'page.refusal.timeout': {
    message: 'The request did not arrive in time.',
    description: PAGE,
  },
  'page.refusal.malformedTitle': { message: 'Malformed request', description: REFUSAL },
  'page.refusal.malformed': {
    message:
      'The server could not read this request as HTTP/1.1 ({code}). The server is still running.',
    description: `${PAGE} {code}: Node's error code, such as HPE_INVALID_METHOD.`,
  },
  'page.refusal.badEncodingTitle': { message: 'Bad percent-encoding', description: REFUSAL },
  'page.refusal.badEncoding': {
    message: 'Part of this request could not be decoded: `{text}`.',
    description: `${PAGE} {text}: the part, as it came. ${CODE}`,
  },
  'page.refusal.encodingRule': {
    message: 'A `%` must be followed by two hex digits, and the bytes must spell UTF-8 text.',
    description: `${PAGE} ${CODE}`,
  },
} satisfies Record<string, CatalogueEntry>
