# Comparisons, hashing and isinstance() over deeply nested values: as deep
# as CPython's C stack allows they work; far deeper, RecursionError.

def report(title, f):
    try:
        print(title, f())
    except RecursionError as e:
        # the kB figure varies between runs of CPython itself
        print(title, "RecursionError:", str(e).split(")")[-1])

def nest(n, wrap, x=None):
    for i in range(n):
        x = wrap(x)
    return x

def lists(n):
    return nest(n, lambda x: [x])
def tuples(n, inner=None):
    return nest(n, lambda x: (x,), inner)
def frozensets(n):
    return nest(n, lambda x: frozenset([x]), 1)

# (title, a depth CPython handles, one far beyond, the test); the deeper
# depths differ because some of these take less stack for each level
cases = [
    ("list ==", 40000, 250000, lambda n: lists(n) == lists(n)),
    ("list <", 40000, 250000, lambda n: lists(n) < lists(n)),
    ("in", 40000, 250000, lambda n: lists(n) in [1, lists(n)]),
    ("frozenset ==", 40000, 250000, lambda n: frozensets(n) == frozensets(n)),
    ("hash", 40000, 600000, lambda n: hash(tuples(n)) == hash(tuples(n))),
    ("dict key", 40000, 600000, lambda n: {tuples(n): 1}[tuples(n)]),
    ("isinstance", 40000, 1000000, lambda n: isinstance(1, tuples(n, int))),
    ("issubclass", 40000, 1000000, lambda n: issubclass(bool, tuples(n, str))),
]
for title, ok, deep, f in cases:
    report(f"{title} {ok}", lambda: f(ok))
    report(f"{title} {deep}", lambda: f(deep))

# calling a staticmethod wrapped in staticmethods nests calls
def f(x):
    return x + 1
report("staticmethod 1000", lambda: nest(1000, staticmethod, f)(1))
report("staticmethod 1000000", lambda: nest(1000000, staticmethod, f)(1))
