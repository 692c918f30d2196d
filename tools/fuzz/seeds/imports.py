import sys
import time
import builtins
from sys import argv as av, version_info

print(sys.argv == av, version_info >= (3, 14), sys.maxsize, sys.byteorder)
print(type(time.time()), time.monotonic() > 0, builtins.len("abc"))
print(sys.getrecursionlimit(), sys.implementation.name != "", len(sys.modules) > 0)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(e)
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
sys.exit(3)
