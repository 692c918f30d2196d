# sys.path_hooks and sys.path_importer_cache: a path hook written in
# Python serves its own entries; directories get FileFinders.
import sys
import importlib.machinery
import importlib.util

here = sys.path[0]
print(type(sys.path_importer_cache).__name__, len(sys.path_hooks))
import pkg.mod
finder = sys.path_importer_cache[here]
print(type(finder).__name__, finder.path == here, repr(finder) == "FileFinder(%r)" % here)
print(type(sys.path_importer_cache[pkg.__path__[0]]).__name__)

SOURCES = {"virtual_a": "A = 'made by the hook'", "virtual_pkg": None}


class VirtualLoader:
    def __init__(self, name):
        self.name = name

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.made_by = "VirtualLoader"
        module.name_seen = module.__name__


class VirtualFinder:
    def __init__(self, entry):
        if not entry.startswith("virtual:"):
            raise ImportError("not mine")
        self.entry = entry

    def find_spec(self, fullname, target=None):
        leaf = fullname.rpartition(".")[2]
        if leaf.startswith("virtual_"):
            return importlib.util.spec_from_loader(fullname, VirtualLoader(fullname), origin=self.entry)
        if leaf == "portion":
            spec = importlib.machinery.ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(self.entry + "/portion")
            return spec
        return None

    def __repr__(self):
        return "VirtualFinder(%r)" % self.entry


sys.path_hooks.append(VirtualFinder)
sys.path.append("virtual:one")
import virtual_a
print(virtual_a.made_by, virtual_a.name_seen, virtual_a.__spec__.origin, virtual_a.__file__ if hasattr(virtual_a, "__file__") else "no file")
print(sys.path_importer_cache["virtual:one"])
import portion
print(portion.__path__, portion.__spec__.loader is not None)
try:
    import nothing_anywhere
except ModuleNotFoundError as e:
    print(e)
sys.path_importer_cache["virtual:one"] = None
del sys.modules["virtual_a"]
try:
    import virtual_a
except ModuleNotFoundError as e:
    print("cached None:", e)
sys.path.insert(0, "/no/such/dir")
try:
    import virtual_b
except ModuleNotFoundError as e:
    print(e)
print(sys.path_importer_cache["/no/such/dir"])
spec = importlib.machinery.PathFinder.find_spec("virtual_c", ["virtual:two"])
print(spec.name, spec.origin, type(spec.loader).__name__)
print(importlib.machinery.FileFinder(here).find_spec("pkg").name)
print(importlib.machinery.FileFinder(here).find_spec("nothing_here"))
print(importlib.machinery.FileFinder(here).find_spec("nsdir").submodule_search_locations == [here + "/nsdir"])
sys.path_hooks[:] = []
sys.path_importer_cache.clear()
try:
    import pkg.other
except ModuleNotFoundError as e:
    print("no hooks:", e)
