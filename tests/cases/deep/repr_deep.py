# repr() and str() of deeply nested containers: as deep as CPython's C
# stack allows they print; far deeper, RecursionError.

def report(title, f):
    try:
        r = f()
        print(title, len(r), r[:40], r[-20:])
    except RecursionError as e:
        # the kB figure varies between runs of CPython itself
        print(title, "RecursionError:", str(e).split(")")[-1])

def nest(n, wrap, x=None):
    for i in range(n):
        x = wrap(x)
    return x

# each at a depth CPython prints, then far beyond what it can
cases = [
    ("list", 30000, lambda n: repr(nest(n, lambda x: [x]))),
    ("tuple", 10000, lambda n: repr(nest(n, lambda x: (x,)))),
    ("dict", 10000, lambda n: repr(nest(n, lambda x: {"k": x}))),
    ("str of list", 10000, lambda n: str(nest(n, lambda x: [1, x]))),
    ("dict of lists", 10000, lambda n: repr(nest(n, lambda x: {1: [x]}))),
    ("frozenset", 8000, lambda n: repr(nest(n, lambda x: frozenset([x]), frozenset()))),
    ("slice", 8000, lambda n: repr(nest(n, slice))),
    ("alias", 10000, lambda n: repr(nest(n, lambda x: list[x], int))),
]
for title, n, f in cases:
    report(f"{title} {n}", lambda: f(n))
for title, n, f in cases:
    if title not in ("tuple", "dict", "str of list"):
        report(f"{title} 100000", lambda: f(100000))

# a class whose __repr__ asks for the repr of the next: Python frames
# between the C ones, limited by the recursion limit
class Link:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return f"L({self.nxt!r})"
report("links 300", lambda: repr(nest(300, Link)))
report("links 5000", lambda: repr(nest(5000, Link)))
