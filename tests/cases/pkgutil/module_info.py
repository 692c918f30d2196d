# pkgutil.ModuleInfo behaves as the named tuple it is.
import pkgutil

info = pkgutil.ModuleInfo("finder", "name", True)
print(info, info.module_finder, info.name, info.ispkg)
print(info == ("finder", "name", True), len(info), tuple(info))
print(info._replace(name="other"))
print(isinstance(info, tuple), pkgutil.ModuleInfo._fields)
a, b, c = info
print(a, b, c)
