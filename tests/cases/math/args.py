# Argument counts and keywords: each function's TypeError for too few or too
# many arguments, and keywords where only positional ones are taken.
import math

def attempt(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except TypeError as e:
        print(label, "TypeError:", e)

for name in sorted(n for n in dir(math) if callable(getattr(math, n)) and not n.startswith("_")):
    fn = getattr(math, name)
    attempt(name + "()", fn)
    attempt(name + "(1, 2, 3, 4)", fn, 1, 2, 3, 4)
    attempt(name + "(x=1)", fn, x=1)
attempt("isclose(a=1, b=1)", math.isclose, a=1, b=1)
attempt("isclose(1, 1, 1e-9)", math.isclose, 1, 1, 1e-9)
attempt("isclose(1, 1, tol=1)", math.isclose, 1, 1, tol=1)
attempt("prod([2], start=3)", math.prod, [2], start=3)
attempt("prod([2], 3)", math.prod, [2], 3)
attempt("prod(iterable=[2])", math.prod, iterable=[2])
attempt("nextafter(1, 2, 3)", math.nextafter, 1, 2, 3)
attempt("nextafter(1, 2, steps=None)", math.nextafter, 1, 2, steps=None)
attempt("perm(5, None)", math.perm, 5, None)
attempt("log(8, 2)", math.log, 8, 2)
attempt("log(8, base=2)", math.log, 8, base=2)
attempt("hypot(x=1)", math.hypot, x=1)
