# importlib.import_module: absolute and relative names, errors.
import importlib
import sys

m = importlib.import_module("colorsys")
print(m.__name__, m is sys.modules["colorsys"])
t = importlib.import_module("string.templatelib")
print(t.__name__, "string" in sys.modules)
print(importlib.import_module(".templatelib", "string") is t)
print(importlib.import_module("..templatelib", "string.templatelib") is t)
for args in [("nothere_xyz",), ("string.nothere",), (".x",), (".x", ""), ("..x", "string"), ("",),
             (42,), ("colorsys.x",), ("...x", "a.b")]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", None))
print(importlib.__name__, importlib.__package__, sorted(importlib.__all__))
print(importlib.__import__("colorsys") is sys.modules["colorsys"], importlib.__import__ is __import__)
