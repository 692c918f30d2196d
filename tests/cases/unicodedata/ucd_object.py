import unicodedata as u
print(type(u.ucd_3_2_0), u.UCD, u.UCD.__module__, u.UCD.__name__, u.UCD.__qualname__, u.UCD.__doc__)
print(u.ucd_3_2_0.unidata_version, u.unidata_version, type(u.unidata_version))
print(sorted(n for n in dir(u.ucd_3_2_0) if not n.startswith("__")))
print(sorted(n for n in dir(u) if not n.startswith("_")))
print(u.__doc__)
print(u.__name__, u.__spec__.origin, repr(u)[:30])
for n in ("name", "lookup", "normalize", "is_normalized", "numeric", "decomposition"):
    f = getattr(u, n)
    print(n, f.__text_signature__, f.__doc__.splitlines()[0], type(f).__name__)
    g = getattr(u.ucd_3_2_0, n)
    print("  ", g.__self__ is u.ucd_3_2_0, g.__name__, g.__qualname__, g.__text_signature__)
try:
    u.UCD()
except TypeError as e:
    print(e)
try:
    u.ucd_3_2_0.unidata_version = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    u.ucd_3_2_0.foo = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class X(u.UCD):
        pass
except TypeError as e:
    print(e)
print(u.UCD.unidata_version.__get__(u.ucd_3_2_0))
