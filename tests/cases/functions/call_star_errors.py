# The errors of * and ** in calls.
def f(*args, **kwargs):
    return args, kwargs

class C:
    def meth(self, *a, **k):
        pass

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)

attempt(lambda: f(*1))
attempt(lambda: f(*None))
attempt(lambda: f(1, *None))
attempt(lambda: f(*[1], *5))
attempt(lambda: f(**1))
attempt(lambda: f(**[("a", 1)]))
attempt(lambda: f(x=1, **None))
attempt(lambda: f(**{"a": 1}, **3))
attempt(lambda: C().meth(*1))
attempt(lambda: C.meth(**"s"))
attempt(lambda: print(*7))
attempt(lambda: max(**2))
attempt(lambda: [].append(*1))
attempt(lambda: f(**{"a": 1}, a=2))

class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()

print(f(**Mapping()))

class BadKeys:
    def keys(self):
        return [1]

    def __getitem__(self, key):
        return key

attempt(lambda: f(**BadKeys()))

class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])

print(f(*Iterable()))

class RaisingIter:
    def __iter__(self):
        raise ValueError("no iteration today")

try:
    f(*RaisingIter())
except ValueError as e:
    print("ValueError", e)
