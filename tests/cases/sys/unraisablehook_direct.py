# sys.__unraisablehook__ called with UnraisableHookArgs built by hand.
import sys

T = None
def grab(args):
    global T
    T = type(args)

sys.unraisablehook = grab

class C:
    def __del__(self):
        raise ValueError()

C()
sys.unraisablehook = sys.__unraisablehook__

class BadRepr:
    def __repr__(self):
        raise KeyError

class BadStr(Exception):
    def __str__(self):
        raise KeyError

for args in [(ValueError, ValueError("v"), None, "custom msg", 5), (ValueError, ValueError("v"), None, None, 5),
             (ValueError, ValueError("v"), None, None, None), (ValueError, ValueError("v"), None, "m", None),
             (ValueError, None, None, None, None), (ValueError, ValueError(), None, 7, None),
             (ValueError, ValueError("q"), None, None, BadRepr()), (BadStr, BadStr(), None, "msg", None),
             (KeyError, "not an exception", None, "m", None)]:
    sys.__unraisablehook__(T(args))
    sys.stderr.flush()
for bad in [1, (1, 2, 3, 4, 5), None]:
    try:
        sys.__unraisablehook__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    T((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(sys.unraisablehook.__text_signature__, sys.unraisablehook.__doc__.splitlines()[0])
C()
