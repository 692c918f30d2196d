# http.cookies: SimpleCookie, BaseCookie, Morsel, output formats, errors
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError

print(cookies.__all__)
c = SimpleCookie()
c["session"] = "abc123"
c["session"]["path"] = "/"
c["session"]["httponly"] = True
c["session"]["max-age"] = 3600
c["pref"] = "dark mode; \"quoted\" \\ é"
c["pref"]["domain"] = ".example.com"
c["pref"]["secure"] = True
c["pref"]["samesite"] = "Lax"
c["pref"]["comment"] = "a comment; with stuff"
c["num"] = 42
c["num"]["version"] = 1
print(c)
print(repr(c))
print(c.output(header="Cookie:", sep="\n"))
print(c.output(attrs=["path", "secure"]))
print(c.output(attrs=[]))
print(c.js_output())
print(c["pref"].value, c["pref"].coded_value, c["pref"].key, c["num"].value, type(c["num"].value))
print(repr(c["session"]), c["session"].OutputString(), c["session"].output(header="X:"))
print(c["session"].js_output(["path"]))
print(sorted(c["session"].items()))
print(c["session"].isReservedKey("Path"), c["session"].isReservedKey("foo"))

for text in ['a=1; b="two words"; c=3',
             'name=value; Path=/; Domain=example.com; Secure; HttpOnly',
             'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";',
             'a=1; $Path=/x; $Version=1; b=2',
             '$Version=1; a=1',
             'expires=now; a=1',
             'a=1; b',
             'a=1; Secure; Path',
             'x=Mon, 01-Jan-2024 00:00:00 GMT; y=2',
             'id=a; expires=Wed, 09 Jun 2021 10:18:14 GMT; Max-Age=5',
             'bad key=1; good=2',
             'a=[1,2]; b=x\\y',
             '  spaced  =  out  ;next=1',
             'q="unterminated',
             'q="\\101\\102"',
             'Partitioned; a=1',
             'a=1; partitioned',
             '']:
    s = SimpleCookie()
    try:
        s.load(text)
    except CookieError as e:
        print(repr(text), "CookieError", e)
        continue
    print(repr(text), "->", repr(s), "|", s.output(sep=" | "))

b = BaseCookie('k="quoted"; m=1')
print(repr(b), b["k"].value, b["k"].coded_value)
b["new"] = "has space"
print(b.output())
b = BaseCookie({"x": 1, "y": "two"})
print(repr(b), b["x"].value)

m = Morsel()
print(repr(m.key), repr(m.value), repr(m.coded_value), dict(m) == Morsel._reserved_defaults)
m.set("k", "v", "cv")
print(m.output(), str(m), repr(m))
m["expires"] = "Thu, 01 Jan 1970 00:00:00 GMT"
m.update({"Path": "/p", "domain": "d"})
m |= {"comment": "plain"}
print(m.OutputString())
print(m.setdefault("samesite", "Strict"), m.setdefault("Path", "/other"))
m2 = m.copy()
print(m2 == m, m2 != m, m == "x", type(m2).__name__, m2.key)
m2["path"] = "/changed"
print(m2 == m, m2 != m)
print(m.__getstate__())
state = Morsel()
state.__setstate__(m.__getstate__())
print(state == m, repr(state), dict(state) == dict(m))
print(Morsel[str], SimpleCookie.__mro__[1].__name__)

for action in [lambda: m.__setitem__("bogus", 1),
               lambda: m.setdefault("bogus"),
               lambda: m.update({"bad": 1}),
               lambda: m.set("path", "v", "v"),
               lambda: m.set("bad key", "v", "v"),
               lambda: m.set("k", "v\n", "v"),
               lambda: m.__setitem__("path", "/\x00"),
               lambda: m.update({"path": "a\rb"}),
               lambda: c.__setitem__("bad key", "v"),
               lambda: c.__setitem__("expires", "v"),
               lambda: c.__setitem__("ok", "line\nbreak"),
               lambda: m.__setstate__({"key": "k", "value": "\x07", "coded_value": "c"})]:
    try:
        action()
    except CookieError as e:
        print("CookieError", e)
c2 = SimpleCookie()
c2["k"] = "v"
dict.__setitem__(c2["k"], "path", "\x01")
try:
    c2.output()
except CookieError as e:
    print("CookieError", e)
try:
    c2["k"].js_output()
except CookieError as e:
    print("CookieError", e)
c3 = SimpleCookie()
c3["m"] = Morsel()
print(list(c3), repr(c3["m"].value))
print(cookies._quote("plain"), cookies._quote("needs quote"), cookies._quote(None),
      cookies._unquote('"a\\"b\\\\c\\054"'), cookies._unquote('x'), cookies._unquote('"'))
