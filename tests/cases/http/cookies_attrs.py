# http.cookies: attribute formatting, quoting every character, subclasses
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError

c = SimpleCookie()
c["k"] = "v"
m = c["k"]
for name, value in [("max-age", 0), ("max-age", "10"), ("max-age", -5), ("version", 1), ("version", "1"),
                    ("comment", "needs; quoting"), ("comment", 7), ("domain", "example.com"),
                    ("expires", "Fri, 01 Jan 2100 00:00:00 GMT"), ("samesite", "None"),
                    ("secure", False), ("secure", 1), ("httponly", "yes"), ("partitioned", True),
                    ("path", 0)]:
    m[name] = value
    print(name, repr(value), "->", m.OutputString())
print(m.output(attrs=("path", "domain")), m.output(attrs="secure"))

quoted = [(i, cookies._quote(chr(i))) for i in range(256)]
print([q for i, q in quoted if q != chr(i)][:40])
print(sum(1 for i, q in quoted if q == chr(i)), cookies._quote(""), cookies._quote("\u0100"), cookies._quote("\u20ac"))
for text in ['"\\"', '"\\\\"', '"\\377\\400"', '"\\9"', '"abc', 'abc"', '""', '"\\012"']:
    print(repr(text), repr(cookies._unquote(text)))


class Upper(BaseCookie):
    def value_decode(self, val):
        return val.lower(), val

    def value_encode(self, val):
        return val, str(val).upper()


u = Upper("name=VALUE; other=Thing")
print(repr(u), u.output())
u["set"] = "assigned"
print(u["set"].value, u["set"].coded_value)
b = BaseCookie()
b["spaced"] = "a b"
b["num"] = 3.5
print(b.output(), repr(b))
print(repr(SimpleCookie()), SimpleCookie().output(), repr(SimpleCookie("")), repr(SimpleCookie(None)))
c = SimpleCookie({"a": "1", "b": "two words"})
print(c)
c.load({"a": "replaced"})
print(c)
c.load("a=again; a=twice")
print(repr(c))
m = Morsel()
m.set("key", "value", "coded")
m2 = Morsel()
m2.set("key", "value", "coded")
print(m == m2, m != m2, m == dict(m))
m2.set("key", "value", "other")
print(m == m2)
print(Morsel._reserved, sorted(Morsel._flags))
try:
    Morsel().set("expires", "v", "v")
except CookieError as e:
    print("CookieError", e)
print(repr(Morsel()), str(Morsel()))
