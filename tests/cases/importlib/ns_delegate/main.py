# A finder of sys.meta_path that hands PathFinder's specs on: a namespace
# package's spec has no loader until the module is made.
import sys
import importlib.machinery
import importlib.util

spec = importlib.machinery.PathFinder.find_spec("nsdir")
print(spec.loader, spec.origin, type(spec.submodule_search_locations).__name__)
print(list(spec.submodule_search_locations) == [sys.path[0] + "/nsdir"])


class Delegating:
    seen = []

    def find_spec(self, name, path=None, target=None):
        Delegating.seen.append(name)
        return importlib.machinery.PathFinder.find_spec(name, path, target)


sys.meta_path.insert(0, Delegating())
import nsdir.mod
print(Delegating.seen)
print(type(nsdir.__loader__).__name__, nsdir.__file__, nsdir.__spec__.loader is nsdir.__loader__)
print(nsdir.mod.VALUE, nsdir.__name__, nsdir.__package__)
m = importlib.util.module_from_spec(importlib.machinery.PathFinder.find_spec("nsdir"))
print(type(m.__loader__).__name__, m.__path__ == nsdir.__path__)
