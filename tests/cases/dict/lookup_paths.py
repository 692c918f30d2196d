# dict and set lookups through their fast paths (the key itself, equal exact
# strs) and the general one (== on equal hashes, which may run Python code,
# raise, or change the table), plus set method argument errors.

d = {"alpha": 1, "beta": 2, 3: "three", 4.5: "f", (1, 2): "t", None: "n"}
key = "".join(["al", "pha"])   # equal, not the same object
print(d[key], d.get(key), key in d, d.get("gamma"), d.get("gamma", 0), d[3.0], d[True] if True in d else "-")
print(d.get(3), d.get(3.0), d.get((1, 2)), d.get(None), d.get(4.5), 1 in {1.0: "x"}, {1: "a"}[1.0])

class S(str):
    pass
print(d.get(S("beta")), S("beta") in d, {S("k"): 1}.get("k"), {"k": 1}.get(S("k")))

class Collide:
    """Equal hashes everywhere: every lookup compares with __eq__."""
    log = []
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, other):
        Collide.log.append((self.n, getattr(other, "n", other)))
        return isinstance(other, Collide) and self.n == other.n
    def __repr__(self):
        return f"C{self.n}"

cd = {Collide(i): i for i in range(5)}
Collide.log.clear()
print(cd.get(Collide(3)), Collide(7) in cd, cd[Collide(0)])
print(Collide.log)
print(hash("x") == hash("x"), 42 in {42: 1}, {42: 1}.get(Collide(1), "no"))

class Mutator:
    """__eq__ that empties the dict being searched."""
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return False
md = {}
md[Mutator(md)] = 1
try:
    print(md.get(Mutator(md)), md)
except RuntimeError as e:
    print("RuntimeError", e)

class Raiser:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise ValueError("no comparing")
rd = {Raiser(): 1}
for op in (lambda: rd.get(Raiser()), lambda: Raiser() in rd, lambda: rd[Raiser()], lambda: rd.setdefault(Raiser(), 2)):
    try:
        print(op())
    except ValueError as e:
        print("ValueError", e)

nan = float("nan")
nd = {nan: 1}
print(nd.get(nan), nd.get(float("nan")), nan in nd)

for bad in ([], {}, set()):
    try:
        d.get(bad)
    except TypeError as e:
        print(e)

# a dict growing and shrinking through small and large tables
g = {}
for i in range(300):
    g[f"k{i}"] = i
    if i % 3 == 0:
        del g[f"k{i}"]
print(len(g), g.get("k299"), g.get("k297"), list(g)[:4])
g.clear()
print(g, g.get("k1"))
kw = dict(a=1, b=2)
print(kw, dict(**kw, c=3))

# set methods: argument errors name set or frozenset
s = {1, 2}
fs = frozenset([1, 2])
def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
attempt("add none", s.add)
attempt("add two", s.add, 1, 2)
attempt("add kw", s.add, elem=1)
attempt("add list", s.add, [])
attempt("pop arg", s.pop, 1)
attempt("clear kw", s.clear, x=1)
attempt("union kw", s.union, x=1)
attempt("fs copy arg", fs.copy, 1)
attempt("fs union kw", fs.union, [3], x=1)
attempt("fs issubset", fs.issubset)
attempt("discard set", s.discard, {1})
attempt("remove missing", s.remove, 9)
attempt("contains list", s.__contains__, [])
print(sorted(s), sorted(fs | {3}), sorted(s ^ {2, 5}), s.isdisjoint([7]))
big = set()
for i in range(1000):
    big.add(i * 7 % 1009)
print(len(big), sum(big), min(big), max(big), 500 in big, 1008 in big)
big.difference_update(range(500))
print(len(big), min(big))
