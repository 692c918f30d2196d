# A module set to None in sys.modules is blocked, as programs block an
# accelerator (_string) to test the pure-Python path: its import fails, and
# so does the import of a module that needs it.
import sys

def attempt(name):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, type(e).__name__, e, e.name)

sys.modules["colorsys"] = None
attempt("colorsys")
try:
    from colorsys import rgb_to_hsv
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["colorsys"]
import colorsys
print(colorsys.rgb_to_hls(1, 0, 0))

sys.modules.pop("string", None)
sys.modules["_string"] = None
try:
    import string
except ImportError as e:
    print(type(e).__name__, e, e.name, e.__traceback__.tb_next is not None)
print("string" in sys.modules)
del sys.modules["_string"]
import string
print(string.capwords(" blocked  no more "))

sys.modules["nothing"] = None
attempt("nothing")
attempt("nothing.sub")
sys.modules["time"] = None
attempt("time")
attempt("time.sub")
