import sys
import pkg
from pkg import mod
from nsp.sub import leaf
from pkg.sub import deep
import importlib.resources

print(__name__, __file__ == sys.path[0] + "/__main__.pyc", sys.argv)
print(__spec__.name, type(__loader__).__name__, __spec__.origin == __file__)
print(pkg.__file__ == sys.path[0] + "/pkg/__init__.pyc", pkg.__path__ == [sys.path[0] + "/pkg"])
print(deep.both())
print(mod.describe(), leaf.VALUE, type(sys.modules["nsp"].__path__).__name__)
print(importlib.resources.files("pkg").joinpath("data.txt").read_text(), end="")
print(repr(pkg.__loader__) == '<zipimporter object "%s/">' % sys.path[0])
print(type(sys.path_importer_cache[sys.path[0]]).__name__)
mod.fail()
