# The module's names, constants, docstrings and text signatures.
import math

print([n for n in dir(math) if not n.startswith("__")])
print(math.__name__, repr(math.__doc__))
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print(math.tau == 2 * math.pi, math.inf == float("inf"), math.nan != math.nan, type(math.nan))
for name in sorted(dir(math)):
    obj = getattr(math, name)
    if callable(obj):
        print(name, type(obj).__name__, obj.__name__, obj.__qualname__, obj.__module__)
        print("  sig", repr(obj.__text_signature__))
        print("  doc", repr(obj.__doc__))
print(repr(math.sqrt), repr(math.log))
from math import *
print(sqrt(16), floor(pi), ceil(e), inf, -inf)
