# Invalid __bases__ assignments: CPython's TypeError texts, and nothing
# changes when one fails.
class A: pass
class B: pass
class C(A): pass
class D(C): pass

def attempt(cls, value):
    try:
        cls.__bases__ = value
        print('ok', cls.__mro__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(C, [A])
attempt(C, A)
attempt(C, ())
attempt(C, (1,))
attempt(C, (A, 'B'))
attempt(C, (D,))
attempt(C, (C,))
attempt(C, (A, A))
attempt(C, (object,))
attempt(C, (int,))
attempt(int, (object,))
attempt(object, (object,))
attempt(C, (bool,))
try:
    del C.__bases__
except TypeError as e:
    print('TypeError:', e)
print(C.__bases__, C.__mro__, D.__mro__)

class X: pass
class Y(X): pass
class Z(A): pass
attempt(Z, (X, Y))
attempt(Z, (Y, X))
print(Z.__mro__)

# layouts: __slots__, built-in bases, __dict__ and __weakref__
class S: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class SS: __slots__ = ('a',)
class Sub(S): pass
attempt(Sub, (S2,))
attempt(Sub, (SS,))
attempt(Sub, (object,))
class F: pass
attempt(F, (int,))
attempt(F, (dict,))
attempt(F, (list,))
class G(dict): pass
attempt(G, (object,))
attempt(G, (list,))
class H(list): pass
attempt(G, (H,))
class L2(list): __slots__ = ()
class L3(L2): pass
attempt(L3, (H,))
attempt(H, (L2,))
class E(Exception): pass
attempt(E, (OSError,))
attempt(E, (StopIteration,))
attempt(E, (A,))
class E2(KeyError): pass
attempt(E2, (E,))
class W: __slots__ = ()
attempt(F, (W,))
class W2(W): pass
attempt(W2, (F,))
class DictOnly: __slots__ = ('__dict__',)
class WeakOnly: __slots__ = ('__weakref__',)
class Both: __slots__ = ('__dict__', '__weakref__')
class N(A): pass
attempt(N, (DictOnly,))
attempt(N, (WeakOnly,))
attempt(N, (Both,))
attempt(N, (S, S2))
class M(type): pass
class MM(metaclass=M): pass
attempt(F, (MM,))
attempt(F, (type,))
attempt(N, (MM,))
print(type(N), N.__mro__)

# the descriptor itself
d = type.__dict__['__bases__']
print(d)
for args in ((1, (A,)), (C, 5)):
    try:
        d.__set__(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    C.__base__ = A
except AttributeError as e:
    print('AttributeError:', e)
try:
    C.__mro__ = (C, object)
except AttributeError as e:
    print('AttributeError:', e)
try:
    type.__dict__['__name__'].__set__(1, 'x')
except TypeError as e:
    print('TypeError:', e)
