import itertools as it
print(it.__doc__)
for n in sorted(n for n in dir(it) if not n.startswith('_')):
    t = getattr(it, n)
    print(n, t, t.__text_signature__, t.__doc__)
print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.count(1, 1.0)), repr(it.count(0, -1)),
      repr(it.count(2**70)), repr(it.count(0, True)), repr(it.count(1j)), repr(it.count(1.0, 1)))
print(repr(it.repeat(1)), repr(it.repeat('a', 3)), repr(it.repeat(1, -1)), repr(it.repeat(None, 0)))
r = it.repeat([1], 2); next(r); print(repr(r), r.__length_hint__())
try: it.repeat(1).__length_hint__()
except TypeError as e: print(e)
try: len(it.repeat(1, 3))
except TypeError as e: print(e)
class C(it.count): pass
class R(it.repeat): pass
print(repr(C(3)), repr(C(3, 2)), repr(R('x', 2)), list(R('y', 2)))
print(it.chain[int], it.chain.from_iterable.__text_signature__, it.chain.from_iterable.__doc__)
print(type(it.tee([])[0]), type(next(it.groupby('a'))[1]), it._tee.__doc__, it._tee_dataobject.__doc__)
print(it.count.__module__, it.count.__name__, it.count.__qualname__, it._grouper.__qualname__)
