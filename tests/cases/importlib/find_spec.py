# importlib.util.find_spec for built-in, frozen, missing and loaded modules.
import importlib.util
import sys

for name in ["time", "__hello__", "__phello__.spam", "nothere_xyz", "sys", "_imp"]:
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(name, None)
    else:
        print(name, spec.name, spec.origin, type(spec.loader).__name__ if not isinstance(spec.loader, type)
              else spec.loader.__name__, spec.submodule_search_locations, spec.parent, spec.has_location)
print(importlib.util.find_spec("__phello__").name)
print(importlib.util.find_spec(".spam", "__phello__").name)
for bad in ["__hello__.x", "nothere_xyz.sub"]:
    try:
        importlib.util.find_spec(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.modules["fake_mod"] = None
print(importlib.util.find_spec("fake_mod"))
sys.modules["fake_mod"] = type(sys)("fake_mod")
try:
    importlib.util.find_spec("fake_mod")
except ValueError as e:
    print(e)
del sys.modules["fake_mod"].__spec__
try:
    importlib.util.find_spec("fake_mod")
except ValueError as e:
    print(e)
