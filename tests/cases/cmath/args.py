# Argument counts and keywords for every cmath function.
import cmath

def attempt(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except TypeError as e:
        print(label, "TypeError:", e)

for name in sorted(n for n in dir(cmath) if callable(getattr(cmath, n)) and not n.startswith("_")):
    fn = getattr(cmath, name)
    attempt(name + "()", fn)
    attempt(name + "(1, 2, 3)", fn, 1, 2, 3)
    attempt(name + "(z=1)", fn, z=1)
attempt("isclose(a=1, b=1j)", cmath.isclose, a=1, b=1j)
attempt("isclose(1, 1, 0.1)", cmath.isclose, 1, 1, 0.1)
attempt("log(8, base=2)", cmath.log, 8, base=2)
attempt("rect(r=1, phi=0)", cmath.rect, r=1, phi=0)
