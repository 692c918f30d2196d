# pkgutil.iter_modules, walk_packages, get_data, get_importer.
import pkgutil
import sys

import pkg

for info in pkgutil.iter_modules(pkg.__path__):
    print(info.name, info.ispkg, type(info.module_finder).__name__)
for info in pkgutil.iter_modules(pkg.__path__, "pkg."):
    print(info.name)
print([i.name for i in pkgutil.walk_packages(pkg.__path__, "pkg.")])
top = sorted(i.name for i in pkgutil.iter_modules([sys.path[0]]))
print(top)
print(pkgutil.get_data("pkg", "data/blob.txt"))
print(pkgutil.get_data("pkg.sub", "../data/blob.txt"))
finder = pkgutil.get_importer(sys.path[0])
print(type(finder).__name__, finder is pkgutil.get_importer(sys.path[0]), finder.path == sys.path[0])
print(sys.path[0] in sys.path_importer_cache)
print(pkgutil.get_importer("/nowhere/at/all.zip"))
info = next(iter(pkgutil.iter_modules(pkg.__path__)))
print(info[1], info._fields, info._asdict()["name"] == info.name)
try:
    list(pkgutil.iter_modules("a string"))
except ValueError as e:
    print(e)
try:
    pkgutil.get_data("pkg", "data/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
