# Unbounded recursion through special methods called from C raises
# RecursionError, never a crash.
class Loop:
    def __repr__(self):
        return repr(self)

    def __str__(self):
        return str(self)

    def __eq__(self, other):
        return self == other

    def __hash__(self):
        return hash(self)

    def __getattr__(self, name):
        return getattr(self, name)

    def __len__(self):
        return len(self)

    def __bool__(self):
        return bool(self)

    def __iter__(self):
        return iter(self)

    def __getitem__(self, key):
        return self[key]

    def __call__(self):
        return self()

    def __add__(self, other):
        return self + other

    def __lt__(self, other):
        return self < other

    def __contains__(self, item):
        return item in self

    def __format__(self, spec):
        return format(self, spec)

    def __index__(self):
        return self.__index__()

    def __neg__(self):
        return -self

obj = Loop()
tests = [
    ("repr", lambda: repr(obj)),
    ("str", lambda: str(obj)),
    ("print", lambda: print(obj)),
    ("f-string", lambda: f"{obj!r}"),
    ("eq", lambda: obj == obj),
    ("ne", lambda: obj != 1),
    ("hash", lambda: hash(obj)),
    ("dict key", lambda: {obj: 1}),
    ("getattr", lambda: obj.missing),
    ("len", lambda: len(obj)),
    ("bool", lambda: bool(obj)),
    ("if", lambda: 1 if obj else 0),
    ("iter", lambda: iter(obj)),
    ("getitem", lambda: obj[0]),
    ("call", lambda: obj()),
    ("add", lambda: obj + 1),
    ("lt", lambda: obj < obj),
    ("sorted", lambda: sorted([obj, obj])),
    ("in", lambda: 1 in obj),
    ("format", lambda: format(obj, "x")),
    ("index", lambda: [1, 2][obj]),
    ("neg", lambda: -obj),
    ("list.index", lambda: [obj].index(obj)),
]
for name, fn in tests:
    try:
        fn()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError", e)
print("still alive")
