import abc, collections.abc as cabc
from functools import singledispatch, singledispatchmethod, partial
for order in [(cabc.Sized, cabc.Iterable, cabc.Container), (cabc.Container, cabc.Iterable, cabc.Sized), (cabc.Iterable, cabc.Sized)]:
    @singledispatch
    def g(o): return 'object'
    for t in order:
        g.register(t, (lambda n: lambda o: n)(t.__name__))
    for v in [[], 'x', iter(()), {1}, 5]:
        try: print(type(v).__name__, g(v), end='; ')
        except RuntimeError as e: print(e, end='; ')
    print()
class Abstract(abc.ABC): pass
class Virt(abc.ABC): pass
class Plain: pass
class K(Abstract, Plain): pass
Virt.register(K)
@singledispatch
def h(o): return 'object'
h.register(Abstract, lambda o: 'Abstract'); h.register(Virt, lambda o: 'Virt'); h.register(Plain, lambda o: 'Plain')
print(h(K()))
class K2(Plain, Abstract): pass
Virt.register(K2)
print(h(K2()))
class K3(Plain): pass
Virt.register(K3)
print(h(K3()))
@singledispatch
def u(o): return 'object'
@u.register
def _(o: int | str): return 'int or str'
@u.register
def _(o: 'list'): return 'list by string'
@u.register
def _(o: 'cabc.Mapping'): return 'mapping by dotted string'
print(u(1), u('s'), u([]), u({}), u(1.5), sorted(t.__name__ for t in u.registry))
print(type(u.registry).__name__, u.dispatch(bool)(0))
class Odd:
    __class__ = int
print(u(Odd()))
p = singledispatch(partial(print, 'p'))
p(1)
try: p()
except TypeError as e: print(e)
u.register(float)(lambda o: 'float'); print(u(2.5))
print(u._clear_cache(), u(2.5))
class M:
    @singledispatchmethod
    def m(self, x): return 'generic'
    @m.register(int)
    def _(self, x): return 'int'
    @m.register
    def _(self, x: list): return 'list'
b = M().m
print(b(1), b([]), b('x'), b.__name__, b.__qualname__, b.__wrapped__.__name__, M.__dict__['m'].__isabstractmethod__)
print(repr(M.m), repr(b).split(' of ')[0], b.__dict__.keys(), b.register)
try: b.__code__
except AttributeError as e: print(repr(e), e.name)
try: singledispatchmethod(5)
except TypeError as e: print(e)
print(vars(M.__dict__['m']).keys())
@singledispatch
def noabc(o): return 'object'
print(noabc([]))
class Meta(abc.ABCMeta): pass
class W(metaclass=Meta): pass
W.register(tuple)
noabc.register(W, lambda o: 'W')
print(noabc(()), noabc([]))
class LateReg: pass
print(noabc(LateReg()))
W.register(LateReg)
print(noabc(LateReg()))
