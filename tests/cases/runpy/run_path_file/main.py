# runpy.run_path of a compiled script file (a .py runs from its cache, a
# .pyc as it is), and the traceback of one that raises.
import runpy
import sys

here = __file__.rpartition("/")[0]
for name in ("script.py", "script.pyc"):
    try:
        g = runpy.run_path(here + "/" + name, init_globals={"GIVEN": 1})
        print(name, g["__name__"], g["GIVEN"], g["RESULT"], g["__file__"] == here + "/" + name)
    except OSError as e:
        print(name, type(e).__name__, e.errno)
print(sys.argv[0] == __file__)
for name in ("fails.py", "fails.pyc"):
    try:
        runpy.run_path(here + "/" + name, run_name="__main__")
    except OSError as e:
        print(name, type(e).__name__, e.errno)
