# sys.meta_path: the default finders, a finder written in Python placed
# before or after them, one that refuses, one whose loader fails, and
# PathFinder.find_spec asked directly.
import sys
import _frozen_importlib

here = __file__.rpartition("/")[0]
print(sys.meta_path)
ModuleSpec = _frozen_importlib.ModuleSpec
log = []


class Loader:
    def create_module(self, spec):
        log.append(("create", spec.name))
        return None

    def exec_module(self, module):
        log.append(("exec", module.__name__, module.__spec__.name, module.__package__))
        if module.__name__.endswith("boom"):
            raise RuntimeError("boom in exec_module")
        module.made_by = "Loader"


class Finder:
    def find_spec(self, name, path=None, target=None):
        log.append(("find", name, path is None, target))
        if name.startswith("virtual") or name == "pk.virtual":
            return ModuleSpec(name, Loader(), origin="virtual-origin")
        return None


class Refuser:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        log.append(("refuse", name))
        return None


sys.meta_path.insert(0, Refuser)
sys.meta_path.append(Finder())
import virtual_one
print(virtual_one.made_by, virtual_one.__spec__.origin, virtual_one.__loader__.__class__.__name__)
print(sorted(k for k in vars(virtual_one)))
print(repr(virtual_one))
print(log)
log.clear()
import pk.virtual
print(pk.virtual.made_by, pk.virtual.__package__, pk.virtual.__name__, pk.virtual is pk.virtual)
print(log)
log.clear()
import pk.real
print(pk.real.where.replace(here, "<here>"), log)
log.clear()
try:
    import virtual_boom
except RuntimeError as e:
    print(type(e).__name__, e, "virtual_boom" in sys.modules)
try:
    import nowhere
except ImportError as e:
    print(type(e).__name__, e, log[-2:])
PathFinder = sys.meta_path[-2]
print(PathFinder, PathFinder.find_spec("nowhere"))
spec = PathFinder.find_spec("pk")
print(spec.name, spec.origin.replace(here, "<here>"), type(spec.loader).__name__, spec.parent)
spec = PathFinder.find_spec("pk.real", pk.__path__)
print(spec.name, spec.origin.replace(here, "<here>"), spec.cached is not None, spec.has_location)
sys.meta_path.clear()
try:
    import anything
except ImportError as e:
    print(type(e).__name__, e)
import sys as again
print(again is sys)
