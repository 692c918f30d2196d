# runpy.run_path: a directory with __main__, a compiled file.
import runpy
import sys

here = __file__.rpartition("/")[0]

g = runpy.run_path(here + "/appdir")
print(g["__name__"], g["FROM"], g["__spec__"].name, sys.argv[0] == __file__)
print(here + "/appdir" in sys.path, sys.modules["__main__"].__name__)
g = runpy.run_path(here + "/appdir", run_name="__main__", init_globals={"X": 1})
print(g["__name__"], g["X"])
try:
    runpy.run_path("nothere_dir_or_file")
except Exception as e:
    print(type(e).__name__)
