# The attributes of __main__ run from a .pyc file, and sys.path[0]: the
# directory of the script, made absolute.
import sys

here = __file__.rpartition("/")[0]
print([k for k in globals()])
print(__file__.startswith("/"), __file__.endswith("/main_attrs.pyc"), sys.path[0] == here)
print(__cached__, __package__, __spec__, __doc__)
print(type(__loader__).__name__, type(__loader__).__module__, __loader__.name, __loader__.path == __file__)
print(sys.modules["__main__"].__file__ == __file__)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
