# uname_result as a tuple: what sees five fields (comparison, hashing,
# tuple operations, what copies and pickles rebuild it from) and what sees
# six (iteration, indexing, length, _asdict); its constructors and their
# errors.
import platform

R = platform.uname_result
u = R("Sys", "host", "1.0", "#1", "arm")
u.processor = "cpu"
print(u * 2, u + ("x",), u.count("Sys"), u.index("arm"), "cpu" in u, "cpu" in tuple(u))
print(u < R("Sys", "host", "1.0", "#1", "arm64"), u == R("Sys", "host", "1.0", "#1", "arm"))
print(hash(u) == hash(tuple(u)[:5]), len(set([u, R("Sys", "host", "1.0", "#1", "arm")])))
print(u.__getnewargs__(), u.__reduce__())
rebuild, args = u.__reduce__()
v = rebuild(*args)
print(v, v == u, type(v).__name__, "processor" in vars(v))
print(u._asdict(), list(reversed(u)), sorted(u), [*u], dict(zip(u._fields, u)))
print(R(system="s", node="n", release="r", version="v", machine="m"))
print(R("s", "n", "r", "v", machine="m")._replace(machine="M", node="N"))
for bad in [dict(processor="p"), dict(bogus=1), dict(system="a", extra=2)]:
    try:
        u._replace(**bad)
    except TypeError as e:
        print("TypeError", e)
for args, kwargs in [((), {}), (("a",) * 5, {"system": "b"}), (("a",) * 4, {"processor": "p"}),
                     (("a",) * 6, {})]:
    try:
        R(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for bad in [None, 5]:
    try:
        R._make(bad)
    except TypeError as e:
        print("TypeError", e)
print(R._make(iter("abcde")), R._make(x for x in "vwxyz"))
print(R.__doc__)
print(R.__bases__[0].__doc__, R._field_defaults, R.__qualname__)
print(R.__new__.__qualname__, R.system.__doc__, R.machine.__doc__)
try:
    u.system = "x"
except AttributeError as e:
    print("AttributeError", e)
print(len(u), u[0:6:2], u[10:], u[-6])
try:
    u[6]
except IndexError as e:
    print("IndexError", e)
