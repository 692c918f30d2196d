# pkgutil over a zip archive: iter_modules, walk_packages, get_data.
import pkgutil
import sys

archive = __file__.rpartition("/")[0] + "/mods.zip"
sys.path.insert(0, archive)
print(type(pkgutil.get_importer(archive)).__name__)
for info in pkgutil.iter_modules([archive]):
    print(info.name, info.ispkg, type(info.module_finder).__name__)
print([i.name for i in pkgutil.iter_modules([archive + "/pkg"], "pkg.")])
print([(i.name, i.ispkg) for i in pkgutil.walk_packages([archive])])
print(pkgutil.get_data("pkg", "data.txt"))
print(pkgutil.get_data("pkg.sub", "inner.txt"))
