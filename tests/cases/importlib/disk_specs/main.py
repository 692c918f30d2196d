# The specs and loaders of modules on disk, as CPython shows them.
import sys
import importlib
import importlib.machinery
import importlib.util

here = sys.path[0]
import pkg.mod
print(pkg.mod.__spec__)
print(pkg.__spec__)
s = importlib.util.spec_from_file_location("x", here + "/pkg/__init__.py")
print(s, s.cached == pkg.__spec__.cached)
print(importlib.util.spec_from_file_location("y", here + "/pkg/mod.py", submodule_search_locations=[]))
print(importlib.util.spec_from_loader("z", None))
print(importlib.util.spec_from_loader("z", pkg.mod.__loader__))
print(importlib.machinery.ModuleSpec("q", None, origin="o", loader_state=1, is_package=True))
try:
    pkg.mod.__loader__.get_filename("other")
except ImportError as e:
    print(e, e.name)
print(importlib.util.find_spec("pkg.mod") is pkg.mod.__spec__)
print(sys.path_importer_cache.get(here) is not None)
print(importlib.reload(pkg.mod) is pkg.mod)
print(importlib.machinery.FileFinder("relative/x").path.endswith("/relative/x"))
print(importlib.machinery.FileFinder.path_hook()(here).path == here)
try:
    importlib.machinery.FileFinder.path_hook()(here + "/pkg/mod.py")
except ImportError as e:
    print(e, e.path == here + "/pkg/mod.py")
