import abc
from functools import singledispatch
class X(abc.ABC): pass
class Y(abc.ABC): pass
class A: pass
class B(A): pass
class C(B): pass
X.register(B)
@singledispatch
def f(o): return 'object'
f.register(A, lambda o: 'A')
f.register(X, lambda o: 'X')
print(f(A()), f(B()), f(C()))
Y.register(C)
f.register(Y, lambda o: 'Y')
try: print(f(C()))
except RuntimeError as e: print('RuntimeError', e)
class Z(X): pass
f.register(Z, lambda o: 'Z')
class D: pass
Z.register(D)
print(f(D()))
class Late: pass
print(f(Late()))
X.register(Late)
print(f(Late()))
@singledispatch
def g(o): return 'object'
g.register(int, lambda o: 'int')
print(g(True), g.dispatch(bool)(1))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
g.register(Sized, lambda o: 'sized')
print(g([]), g('s'), g(5), g(object()))
class P(abc.ABC): pass
class Q(abc.ABC): pass
class E: pass
P.register(E); Q.register(E)
@singledispatch
def h(o): return 'object'
h.register(P, lambda o: 'P'); h.register(Q, lambda o: 'Q')
for cls in (E, type('F', (E,), {})):
    try: print(h(cls()))
    except RuntimeError as e: print(e)
h.register(E, lambda o: 'E itself')
print(h(E()))
