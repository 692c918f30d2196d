# A module made by hand from PathFinder's spec: the loader's get_code and
# exec_module run the file into a module object of our own.
import sys

here = __file__.rpartition("/")[0]
PathFinder = sys.meta_path[-1]
import pk
spec = PathFinder.find_spec("pk.mod", pk.__path__)
m = type(sys)(spec.name)
m.__spec__ = spec
print(type(spec.loader).__name__, spec.loader.name, spec.loader.path.replace(here, "<here>"))
print(spec.loader.is_package("pk.mod"), PathFinder.find_spec("pk").loader.is_package("pk"))
code = spec.loader.get_code("pk.mod")
print(type(code).__name__, code.co_name, code.co_filename.replace(here, "<here>"))
spec.loader.exec_module(m)
print(m.value, m.twice(4), "pk.mod" in sys.modules)
spec.loader.exec_module(m)
print(m.runs)
print(spec.loader == PathFinder.find_spec("pk.mod", pk.__path__).loader)
print(type(m.__builtins__).__name__, type(pk.__builtins__).__name__)
import string
print(type(string.__builtins__).__name__)
