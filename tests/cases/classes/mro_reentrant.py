# A metaclass's mro() that assigns __bases__ itself while an assignment is
# recomputing MROs: the inner assignment stands, a failure later restores
# only what the outer one changed.
class A: pass
class B: pass
class C: pass
calls = []
class M(type):
    def mro(cls):
        calls.append(cls.__name__)
        if cls.__name__ == 'K' and calls.count('K') == 2:
            cls.__bases__ = (C,)
        if cls.__name__ == 'S' and calls.count('S') == 3:
            raise ValueError('subclass fails')
        return type.mro(cls)
class K(A, metaclass=M): pass
class S(K): pass
try:
    K.__bases__ = (B,)
except Exception as e:
    print(type(e).__name__, e)
print(calls)
print(K.__bases__, K.__mro__, S.__mro__)
import sys
print(sys.getrefcount(B) > 0, sys.getrefcount(C) > 0)
for i in range(3):
    try:
        K.__bases__ = (B,)
    except Exception as e:
        print(type(e).__name__, e)
print(K.__bases__, K.__mro__, S.__mro__, calls)
class N(type):
    def mro(cls):
        if cls.__name__ == 'Q' and hasattr(cls, 'flip'):
            del cls.flip
            cls.__bases__ = (A,)
        return type.mro(cls)
class Q(B, metaclass=N): pass
Q.flip = 1
Q.__bases__ = (C,)
print(Q.__bases__, Q.__mro__)
