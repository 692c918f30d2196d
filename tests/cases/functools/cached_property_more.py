from functools import cached_property
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        """Sum it."""
        print('computing total')
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__, Data.total.__doc__, Data.total.attrname, Data.total.__module__)
del d.total
print(d.total)
d.total = 'set'
print(d.total)
class Other:
    x = cached_property(lambda self: 'lambda value')
print(Other().x, Other.x.attrname)
class Frozen:
    __slots__ = ('a',)
    @cached_property
    def v(self): return 1
try: Frozen().v
except TypeError as e: print(e)
cp = cached_property(len)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
print(cached_property[int], type(Data.__dict__['total']).__name__)
class Raises:
    @cached_property
    def bad(self): raise KeyError('inside')
r = Raises()
try: r.bad
except KeyError as e: print('KeyError', e, r.__dict__)
