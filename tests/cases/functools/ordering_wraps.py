import functools
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
D = functools.total_ordering(C)
print(C(1) <= C(2), C(2) > C(1), C(1) >= C(1), C.__le__, C.__ge__.__qualname__)
try:
    @functools.total_ordering
    class E: pass
except ValueError as e: print(e)
class F:
    def __lt__(self, o): return NotImplemented
functools.total_ordering(F)
try: F() > F()
except TypeError as e: print(e)
def w(a): 'doc'; return a
@functools.wraps(w)
def x(*a): pass
print(x.__name__, x.__doc__, x.__wrapped__ is w, x.__qualname__)
class M:
    def meth(self, a, b): return a, b
    pm = functools.partialmethod(meth, 1)
    @functools.partialmethod
    def q(self): pass
print(M().pm(2), M.pm, repr(M.__dict__['pm']).split(' at ')[0])
try: functools.partialmethod(1)
except TypeError as e: print(e)
print(functools.update_wrapper.__defaults__)
