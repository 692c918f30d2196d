import sys
from . import helper
print(__name__, __package__, __spec__.name, sys.argv[1:], helper.X)
print("pkg.tool" in sys.modules, "pkg" in sys.modules)
