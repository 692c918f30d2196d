import abc
from functools import partialmethod, partial, Placeholder as PH
class C:
    def f(self, *a, **k): return a, k
    two = partialmethod(partialmethod(f, PH, 'b'), 'a', k=1)
    cm = partialmethod(classmethod(lambda cls, *a, **k: (cls.__name__, a, k)), PH, 2, z=0)
    viap = partialmethod(partial(f, x=1), 5)
    kw = partialmethod(f, key='v', other=[1])
c = C()
print(c.two(), C.two(c, 'more'), C.__dict__['two'].args, C.__dict__['two'].keywords)
print(c.cm(1), C.cm(1, 3, z=9))
print(c.viap(), C.viap(c))
print(repr(C.__dict__['kw']).split(' at ')[1].split('>', 1)[1])
m = C.kw
print(m.__name__, m.__qualname__, m.__partialmethod__ is C.__dict__['kw'], m.__isabstractmethod__)
print(type(c.kw).__name__, c.kw.__self__ is c, c.kw.func, c.kw.args, c.kw.keywords)
class Base(abc.ABC):
    @abc.abstractmethod
    def g(self, x): ...
    h = partialmethod(g, 1)
print(sorted(Base.__abstractmethods__), Base.__dict__['h'].__isabstractmethod__)
try: C.cm()
except TypeError as e: print(e)
pm = partialmethod(print)
print(pm.args, pm.keywords, pm._make_unbound_method.__qualname__)
class D:
    p = partialmethod(C.f, 7)
    s = partialmethod(staticmethod(C.f), 'me')
print(D().p(8), D.s(1), D().s(2))
try: partialmethod()
except TypeError as e: print(e)
try: partialmethod(func=print)
except TypeError as e: print(e)
class Sub(partialmethod): pass
print(repr(Sub(print, 1)).replace('<built-in function print>', 'print'))
