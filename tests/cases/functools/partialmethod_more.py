from functools import partialmethod, partial, Placeholder as PH
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    def args(self, *a, **k): return a, k
    pm = partialmethod(args, 1, k=1)
    ph = partialmethod(args, PH, 'second')
c = Cell()
c.set_alive(); print(c._alive)
c.set_dead(); print(c._alive)
print(c.pm(2, k=3), c.ph('first'), Cell.pm(c, 0))
try: c.ph()
except TypeError as e: print(e)
class WithPartial:
    p = partialmethod(partial(lambda self, a, b: (a, b), b=2))
print(WithPartial().p(1))
try: partialmethod(print, PH)
except TypeError as e: print(e)
try: partialmethod(print, x=PH)
except TypeError as e: print(e)
print(partialmethod.__name__, repr(partialmethod(print, 1)).replace('<built-in function print>', 'print'))
print(partialmethod[int])
