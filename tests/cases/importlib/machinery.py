# importlib.machinery: the finders, loaders and suffixes.
import importlib.machinery as m
import sys

print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES)
print(m.ModuleSpec.__module__, m.BuiltinImporter.__module__, m.PathFinder.__module__,
      m.SourceFileLoader.__module__, m.FileFinder.__module__)
print(sys.meta_path == [m.BuiltinImporter, m.FrozenImporter, m.PathFinder])
print(m.BuiltinImporter.find_spec("time"))
print(m.FrozenImporter.find_spec("__hello__"))
print(m.BuiltinImporter.find_spec("__hello__"), m.FrozenImporter.find_spec("time"))
print(m.PathFinder.find_spec("nothere_xyz"))
print(m.SourceFileLoader("a", "/x/a.py").is_package("a"), m.SourcelessFileLoader("p", "/x/p/__init__.pyc").is_package("p"))
print(m.SourceFileLoader("a", "/x/a.py") == m.SourceFileLoader("a", "/x/a.py"))
print(m.SourceFileLoader("a", "/x/a.py").get_filename("a"))
spec = m.ModuleSpec("a.b", None, origin="/somewhere/b.py")
print(spec, spec.parent, spec.cached, spec.has_location)
spec.has_location = True
print(spec.cached)
print(m.ModuleSpec("x", None) == m.ModuleSpec("x", None), m.ModuleSpec("x", None) == m.ModuleSpec("y", None))
try:
    m.SourceFileLoader("a", "/nowhere/at/all.py").get_data("/nowhere/at/all.py")
except OSError as e:
    print(type(e).__name__, e)
print(sys.path_hooks[-1].__name__)
