# Below the recursion depth CPython's traceback module needs, an uncaught
# exception is printed by the built-in fallback: no carets, no "Did you
# mean" hints, no notes, first source line only.
import sys
sys.setrecursionlimit(40)

def compute(values):
    total = (values[0] +
             values[1])
    return total

try:
    compute([1, None])
except TypeError as e:
    e.add_note("while computing")
    cause = e

def lookup():
    return undefined_nam

try:
    lookup()
except NameError as e:
    raise KeyError("missing") from cause
