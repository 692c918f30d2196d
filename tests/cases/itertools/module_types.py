import itertools
for name in sorted(n for n in dir(itertools) if not n.startswith('__')):
    obj = getattr(itertools, name)
    print(name, type(obj).__name__, getattr(obj, '__module__', None), getattr(obj, '__qualname__', None))
print(itertools.__name__, itertools.__spec__.origin, type(itertools.__loader__).__name__ if not isinstance(itertools.__loader__, type) else itertools.__loader__.__name__)
for t in [itertools.count(), itertools.chain(), itertools.tee([])[0]]:
    print(type(t).__iter__ is not None, iter(t) is t)
try: itertools._grouper()
except TypeError as e: print(e)
try: itertools._tee()
except TypeError as e: print(e)
print(itertools._grouper.__text_signature__, itertools._tee.__text_signature__)
try: itertools._grouper(1, 2)
except TypeError as e: print(e)
g = itertools.groupby('aab'); k, gr = next(g)
x = itertools._grouper(g, 'a')
print(list(x), list(gr))
print(repr(itertools.count(True)), repr(itertools.count(1, True)), repr(itertools.count(True, 2.0)))
class I(int): pass
c = itertools.count(I(3), I(2)); print(repr(c), type(next(c)).__name__, type(next(c)).__name__)
c = itertools.count(I(3)); print(repr(c), type(next(c)).__name__)
