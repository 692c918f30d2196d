# uname_result: a named tuple of five fields whose sixth, processor, is
# found only when read.
import platform

R = platform.uname_result
print(R.__name__, R.__module__, [b.__name__ for b in R.__mro__])
print(R._fields, R.__bases__[0]._fields, R.__match_args__)
u = R("Sys", "host", "1.0", "#1", "arm")
print("processor" in vars(u))
print(u)
print(len(u), tuple(u), list(u), u[5], u[-1], u[1:3], u[::-1])
print("processor" in vars(u), repr(u.processor))
print(u == ("Sys", "host", "1.0", "#1", "arm"), u == tuple(u), hash(u) == hash(("Sys", "host", "1.0", "#1", "arm")))
print(u._asdict())
print(u._replace(system="Other"), u._replace(release="2").release)
print(R._make(["a", "b", "c", "d", "e"]))
for bad in (["a", "b", "c", "d", "e", "f"], ["a"], []):
    try:
        R._make(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    R("a", "b", "c", "d", "e", "f")
except TypeError as e:
    print("TypeError", e)
print(u.__reduce__())
cls, args = u.__reduce__()
print(cls(*args) == u)
print(u.system, u.node, u.release, u.version, u.machine)
match u:
    case R(system="Sys", machine=m):
        print("matched", m)
a, b, c, d, e, f = u
print(a, f == u.processor)
print(sorted([R("b", "", "", "", ""), R("a", "", "", "", "")])[0].system)
print(R.processor is not None, type(R.__dict__["processor"]).__name__ != "property")
