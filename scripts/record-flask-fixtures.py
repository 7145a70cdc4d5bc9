"""Record what real Flask sends and reads, so the tutorial server can be held to it byte for byte.

Run with Debian's Flask 2.2 (python3-flask; Werkzeug 2.2), the version the seed tutorials teach:

    /usr/bin/python3 scripts/record-flask-fixtures.py

Writes, under test/fixtures/flask/:
  set-cookie.json    Response.set_cookie for a wide table of calls: the Set-Cookie line, or the
                     error Werkzeug raises, and the call as Python source (repr of every argument).
  parse-cookie.json  what request.cookies holds for messy Cookie headers: every pair in header
                     order, duplicates kept.
  seed-apps.json     the seed apps (as fixed in src/shared/tutorial-routes.ts) answering requests
                     through Flask's test client: status, Set-Cookie lines, Allow, Location.
"""

import json
import os
import sys
import warnings
from datetime import datetime, timezone

import flask
import werkzeug
import werkzeug.http
from flask import Flask, make_response, render_template_string, request
from markupsafe import escape
from werkzeug.http import parse_cookie
from werkzeug.wrappers import Response

if not werkzeug.__version__.startswith("2.2.") or not flask.__version__.startswith("2.2."):
    sys.exit(
        f"need Flask 2.2 / Werkzeug 2.2 (Debian's python3-flask, /usr/bin/python3); "
        f"this is Flask {flask.__version__}, Werkzeug {werkzeug.__version__}"
    )

# A fixed clock with a millisecond fraction, so Expires for max_age is reproducible and the
# rounding of fractional seconds is exercised.
NOW_MS = 1764045296789


class FixedClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.fromtimestamp(NOW_MS / 1000, tz=tz or timezone.utc)


# dump_cookie reads the clock through werkzeug.http's own `datetime` name.
werkzeug.http.datetime = FixedClock

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "flask")
ORDER = ["max_age", "expires", "path", "domain", "secure", "httponly", "samesite"]


def flask_call(key, value, options):
    """The call as src/shared/flask-call.ts writes it: key and value, then non-default keywords."""
    args = [repr(key), repr(value)]
    for name in ORDER:
        if name not in options:
            continue
        v = options[name]
        if name in ("secure", "httponly"):
            if v:
                args.append(f"{name}=True")
        elif name == "path" and v == "/":
            continue
        elif isinstance(v, str) or v is None:
            args.append(f"{name}={v!r}")
        else:
            args.append(f"{name}={int(v)}")
    return f"resp.set_cookie({', '.join(args)})"


def case(key, value="", **options):
    return (key, value, options)


SET_COOKIE_CASES = [
    # The seeds' own calls.
    case("userID", "alice"),
    case("username", "root"),
    case("username", "John Doe"),
    case("username", "", expires=0),
    case("userID", "", expires=0),
    case("Name", "AskPython"),
    # Quoting: every character class Werkzeug treats specially.
    case("a", "semi;colon,comma"),
    case("a", 'quote"in'),
    case("a", "back\\slash"),
    case("a", "a\\073b"),
    case("a", "tab\there"),
    case("a", "nul\x00byte"),
    case("a", "del\x7f"),
    case("a", "\x01\x1f"),
    case("a", "é"),
    case("a", "日本語"),
    case("a", "😀"),
    case("a", "caf\u00e9 au lait; s'il vous plaît"),
    case("a", ""),
    case("a", " "),
    case("a", "  leading and trailing  "),
    case("a", "!#$%&'*+-.^_`|~:/="),
    case("a", "=starts=and=ends="),
    case("a", '{"json": [1, 2]}'),
    case("a", "(parens)<angles>[brackets]{braces}?@"),
    case("a", "x" * 4096),
    case("a", "é" * 2000),
    case("é", "v"),
    case("a b", "v"),
    case("a=b", "v"),
    case("", "v"),
    # expires as a Unix timestamp.
    case("a", "v", expires=0),
    case("a", "v", expires=1),
    case("a", "v", expires=-1),
    case("a", "v", expires=-86401),
    case("a", "v", expires=951782400),
    case("a", "v", expires=1700000000),
    case("a", "v", expires=2147483648),
    case("a", "v", expires=253402300799),
    # max_age, against the fixed clock.
    case("a", "v", max_age=0),
    case("a", "v", max_age=1),
    case("a", "v", max_age=30),
    case("a", "v", max_age=-5),
    case("a", "v", max_age=3600),
    case("a", "v", max_age=34560000),
    case("a", "v", max_age=3153600000),
    case("a", "v", max_age=60, expires=0),
    case("a", "v", max_age=0, expires=1700000000),
    # path
    case("a", "v", path="/"),
    case("a", "v", path="/x"),
    case("a", "v", path="/x/"),
    case("a", "v", path="/a b"),
    case("a", "v", path="/é/日本"),
    case("a", "v", path="relative"),
    case("a", "v", path="/a?b=c#frag"),
    case("a", "v", path="/a;b,c"),
    case("a", "v", path="/a\"b\\c"),
    case("a", "v", path="/%41%zz"),
    case("a", "v", path="/<script>"),
    case("a", "v", path="/a\tb"),
    case("a", "v", path=""),
    case("a", "v", path=None),
    case("a", "v", path="A:b"),
    case("a", "v", path="x:123"),
    case("a", "v", path="/a:b@c"),
    # domain
    case("a", "v", domain="shop.test"),
    case("a", "v", domain=".shop.test"),
    case("a", "v", domain="www.shop.test"),
    case("a", "v", domain="SHOP.Test"),
    case("a", "v", domain="shop.test:8080"),
    case("a", "v", domain="127.0.0.1"),
    case("a", "v", domain="bücher.test"),
    case("a", "v", domain="www.bücher.test:5000"),
    case("a", "v", domain="xn--bcher-kva.test"),
    case("a", "v", domain="a b.test"),
    case("a", "v", domain="a;b.test"),
    case("a", "v", domain="localhost"),
    case("a", "v", domain="localhost:5000"),
    case("a", "v", domain=""),
    case("a", "v", domain="x" * 64 + ".test"),
    case("a", "v", domain="é" + "x" * 63 + ".test"),
    # secure, httponly
    case("a", "v", secure=True),
    case("a", "v", httponly=True),
    case("a", "v", secure=True, httponly=True),
    case("a", "v", secure=False, httponly=False),
    # samesite
    case("a", "v", samesite="Lax"),
    case("a", "v", samesite="lax"),
    case("a", "v", samesite="LAX"),
    case("a", "v", samesite="Strict"),
    case("a", "v", samesite="sTrIcT"),
    case("a", "v", samesite="None"),
    case("a", "v", samesite="none"),
    case("a", "v", samesite="none", secure=True),
    case("a", "v", samesite="ſtrict"),
    case("a", "v", samesite="foo"),
    case("a", "v", samesite=""),
    case("a", "v", samesite="Lax "),
    # Everything at once, in every attribute's place.
    case(
        "k",
        "v v",
        max_age=60,
        expires=1700000000,
        path="/x",
        domain=".shop.test",
        secure=True,
        httponly=True,
        samesite="lax",
    ),
    case("session", "abc123", max_age=3600, path="/app", secure=True, httponly=True, samesite="Strict"),
    case("theme", "dark", max_age=60, samesite="Lax"),
    case("__Host-id", "1", secure=True, path="/"),
    case("__Secure-id", "1"),
]

PARSE_COOKIE_CASES = [
    "",
    "a=1",
    "a=1; b=2",
    "a=1;b=2",
    "a=1;  b=2  ;c=3",
    "a=1; ; ;b=2",
    ";;a=1;;",
    ";",
    " ; ; ",
    "a",
    "a; b=2",
    "=1",
    "=1; a=2",
    "a=",
    "a=; b=",
    "a = 1 ; b= 2",
    " a=1",
    "a=1=2",
    "a==1",
    "a=1; a=2; a=3",
    'a="quoted"',
    'a="John Doe"',
    'a="semi\\073colon\\054comma"',
    'a="back\\\\slash"',
    'a="quote\\"in"',
    'a="\\303\\251"',
    'a="\\777"',
    'a="\\400"',
    'a="\\09"',
    'a="\\x"',
    'a="\\"',
    'a=""',
    'a="',
    'a="unterminated; b=2',
    'a="x"y; b=2',
    'a=x"y"',
    'a="x;y"; b=2',
    "a=\xc3\xa9",
    "\xc3\xa9=v",
    "a=\xff\xfe",
    "a=\xef\xbb\xbfbom",
    "a=caf\xe9",
    "a=1\tb=2",
    "a=1\t; b=2",
    "a\t=\t1",
    "a=1, b=2",
    "a=1,b=2; c=3",
    "a b=1",
    " a b =1",
    "a=1\x0b; b=2",
    "a=1\x0c",
    "a=\xa0x\xa0",
    "\xa0a=1",
    "$Version=1; a=1; $Path=/",
    "a=1; b=2; " * 50,
]


def record_set_cookie():
    rows = []
    for key, value, options in SET_COOKIE_CASES:
        row = {"key": key, "value": value, "options": options, "call": flask_call(key, value, options)}
        resp = Response()
        try:
            with warnings.catch_warnings():
                # Werkzeug warns (and still sends) for cookies over 4093 bytes.
                warnings.simplefilter("ignore")
                resp.set_cookie(key, value, **options)
            lines = resp.headers.getlist("Set-Cookie")
            assert len(lines) == 1, lines
            row["header"] = lines[0]
        except Exception as error:  # the call itself fails in Flask: record which way
            row["error"] = f"{type(error).__name__}: {error}"
        rows.append(row)
    return rows


def record_parse_cookie():
    rows = []
    for header in PARSE_COOKIE_CASES:
        # cls=list keeps the pairs in header order; Flask's MultiDict groups them by name.
        pairs = parse_cookie(header, cls=list)
        rows.append({"header": header, "pairs": [[k, v] for k, v in pairs]})
    return rows


def seed_app():
    """The seed apps as src/shared/tutorial-routes.ts fixes them, mounted on one Flask app."""
    app = Flask("seeds")

    @app.route("/")
    def index():
        return render_template_string("<h3>Enter userID</h3>")

    @app.route("/setcookie", methods=["POST"])
    def setcookie():
        user = request.form["nm"]
        resp = make_response(render_template_string("readcookie"))
        resp.set_cookie("userID", user)
        return resp

    @app.route("/getcookie")
    def getcookie():
        name = request.cookies.get("userID")
        if name is None:
            return "<h1>No userID cookie was sent</h1>"
        return "<h1>welcome " + escape(name) + "</h1>"

    @app.route("/deletecookie")
    def deletecookie():
        resp = make_response("deleted")
        resp.set_cookie("userID", "", expires=0)
        return resp

    @app.route("/cookies")
    def cookies():
        res = make_response("cookies")
        res.set_cookie("username", "root")
        return res

    @app.route("/john/")
    def john():
        return f"Hello, {escape(request.cookies.get('username'))}"

    @app.route("/john/set")
    def john_set():
        response = make_response("Setting cookie")
        response.set_cookie("username", "John Doe")
        return response

    @app.route("/john/delete")
    def john_delete():
        response = make_response("Deleting cookie")
        response.set_cookie("username", "", expires=0)
        return response

    @app.route("/askpython/setcookie")
    def askpython_set():
        resp = make_response("The Cookie has been Set")
        resp.set_cookie("Name", "AskPython")
        return resp

    @app.route("/askpython/getcookie")
    def askpython_get():
        return f"The Site : {escape(request.cookies.get('Name'))}"

    @app.route("/set")
    def playground():
        args = request.args
        on = ("1", "true", "yes", "on")
        resp = make_response("set")
        resp.set_cookie(
            args["key"],
            args.get("value", ""),
            max_age=args.get("max_age", type=int),
            expires=args.get("expires", type=int),
            path=args.get("path") or "/",
            domain=args.get("domain") or None,
            secure=args.get("secure", "").lower() in on,
            httponly=args.get("httponly", "").lower() in on,
            samesite=args.get("samesite") or None,
        )
        return resp

    return app


SEED_REQUESTS = [
    ("GET", "/", None, None),
    ("POST", "/setcookie", {"nm": "alice"}, None),
    ("POST", "/setcookie", {"nm": "John Doe"}, None),
    ("POST", "/setcookie", {"nm": 'semi;colon "quoted" é'}, None),
    ("POST", "/setcookie", {"nm": ""}, None),
    ("POST", "/setcookie", {"other": "x"}, None),
    ("GET", "/setcookie", None, None),
    ("GET", "/getcookie", None, "userID=alice"),
    ("GET", "/getcookie", None, None),
    ("GET", "/deletecookie", None, None),
    ("GET", "/cookies", None, None),
    ("GET", "/john/", None, 'username="John Doe"'),
    ("GET", "/john", None, None),
    ("GET", "/john/set", None, None),
    ("GET", "/john/delete", None, None),
    ("GET", "/askpython/setcookie", None, None),
    ("GET", "/askpython/getcookie", None, "Name=AskPython"),
    ("POST", "/askpython/getcookie", None, None),
    ("GET", "/set?key=theme&value=dark&max_age=60&samesite=lax", None, None),
    ("GET", "/set?key=a&value=v+v&expires=0&path=/x&domain=.shop.test&secure=1&httponly=on", None, None),
    ("GET", "/set?key=a&value=semi%3Bcolon&secure=yes&samesite=None", None, None),
    ("GET", "/set?key=a&path=&domain=&samesite=", None, None),
    ("GET", "/set?key=%C3%A9&value=%E6%97%A5", None, None),
]


def record_seed_apps():
    client = seed_app().test_client()
    rows = []
    for method, url, form, cookie in SEED_REQUESTS:
        headers = {"Cookie": cookie} if cookie else {}
        resp = client.open(url, method=method, data=form, headers=headers)
        rows.append(
            {
                "method": method,
                "url": url,
                "form": form,
                "cookie": cookie,
                "status": resp.status_code,
                "setCookie": resp.headers.getlist("Set-Cookie"),
                "allow": resp.headers.get("Allow"),
                "location": resp.headers.get("Location"),
            }
        )
    return rows


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path)}")


def main():
    versions = {"flask": flask.__version__, "werkzeug": werkzeug.__version__}
    write("set-cookie.json", {**versions, "nowMs": NOW_MS, "cases": record_set_cookie()})
    write("parse-cookie.json", {**versions, "cases": record_parse_cookie()})
    write("seed-apps.json", {**versions, "nowMs": NOW_MS, "cases": record_seed_apps()})


if __name__ == "__main__":
    main()
