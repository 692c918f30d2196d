# Functions accept arbitrary attributes, stored in __dict__.
def f():
    return f.calls

f.calls = 3
f.meta = {"k": "v"}
print(f(), f.meta, sorted(f.__dict__))
f.calls += 1
print(f())
del f.meta
print(hasattr(f, "meta"), f.__dict__)
try:
    f.missing
except AttributeError as e:
    print(e)
try:
    del f.missing
except AttributeError as e:
    print(e)
g = lambda: 0
g.x = 1
print(g.x, getattr(g, "y", "default"), setattr(g, "y", 2), g.y)
