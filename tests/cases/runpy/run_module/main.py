# runpy.run_module: a module's code in a fresh namespace, alter_sys, packages.
import runpy
import sys

g = runpy.run_module("target")
print(g["__name__"], g["RESULT"], g["__file__"].endswith(("target.py", "target.pyc")), "target" in sys.modules)
print(sorted(k for k in g if k.startswith("__")))
g = runpy.run_module("target", init_globals={"EXTRA": 5}, run_name="renamed")
print(g["__name__"], g["EXTRA"], g["SEEN_ARGV0"] == sys.argv[0])
g = runpy.run_module("target", alter_sys=True)
print(g["SEEN_ARGV0"] == g["__file__"], g["SEEN_IN_MODULES"], sys.argv[0] == __file__, "target" in sys.modules)
g = runpy.run_module("pkg")
print(g["__name__"], g["__spec__"].name, g["__package__"])
for bad in ["nothere_xyz", "sys", ".rel", "pkg.nothere", "nothere_xyz.sub"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    runpy.run_module("failing")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
