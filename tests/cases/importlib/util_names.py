# importlib.util: resolve_name, cache_from_source, source_from_cache, MAGIC_NUMBER.
import importlib.util as u

print(u.MAGIC_NUMBER)
for name, package in [("x", None), (".x", "a.b"), ("..x", "a.b"), ("...x", "a.b"), (".", "a"), (".x", None),
                      (".x", "")]:
    try:
        print(repr(name), repr(package), u.resolve_name(name, package))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
for args in [("a/b.py",), ("b.py",), ("/x/y.z.py",), ("a/b",), ("a/.b",)]:
    print(args, u.cache_from_source(*args))
for opt in [0, 1, "", "x y", 2]:
    try:
        print(opt, u.cache_from_source("a/b.py", optimization=opt))
    except Exception as e:
        print(type(e).__name__, e)
print(u.cache_from_source("a/b.py", True), u.cache_from_source("a/b.py", False))
try:
    u.cache_from_source("a/b.py", True, optimization=1)
except TypeError as e:
    print(e)
for p in ["a/__pycache__/b.cpython-314.pyc", "__pycache__/b.cpython-314.pyc", "a/b.pyc", "a/__pycache__/b.pyc",
          "a/__pycache__/b.cpython-314.opt-1.pyc", "a/__pycache__/b.cpython-314.x-1.pyc",
          "a/__pycache__/b.c.d.e.pyc", "a/__pycache__/b.cpython-314.opt-.pyc"]:
    try:
        print(p, u.source_from_cache(p))
    except Exception as e:
        print(type(e).__name__, e)
