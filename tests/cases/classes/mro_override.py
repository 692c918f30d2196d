# A metaclass's mro(): its result becomes __mro__ and drives lookups;
# type.mro() still computes the C3 order; bad results raise CPython's errors.
class A:
    x = 'A'
class B:
    x = 'B'
    y = 'B.y'

class Meta(type):
    def mro(cls):
        print('mro() for', cls.__name__)
        order = type.mro(cls)
        if cls.__name__ == 'C':
            order = [cls, B] + order[1:]
        return order

class C(A, metaclass=Meta):
    pass
print(C.__mro__)
print(C.x, C.y, C().y, isinstance(C(), B), issubclass(C, B))
print(type.mro(C))
print(C.mro())
class D(C):
    pass
print(D.__mro__, D.x)

def make(result, bases=(object,)):
    class M(type):
        def mro(cls):
            return result(cls)
    try:
        K = M('K', bases, {})
        print('ok', K.__mro__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

make(lambda c: [c, 1])
make(lambda c: 5)
make(lambda c: None)
make(lambda c: (c,))
make(lambda c: [c, object])
make(lambda c: [object])
make(lambda c: [])
make(lambda c: [c, int])
make(lambda c: [c, int, object])
make(lambda c: [c, list, object], (int,))
make(lambda c: [c, dict, object], (list,))
make(lambda c: 'abc')
make(lambda c: iter([c, object]))
make(lambda c: [c, A, A, object])
make(lambda c: [c, A, object], (B,))
make(lambda c: [c, c])
make(lambda c: (c, B, object), (A,))
make(lambda c: [B, c, object])
def boom(c):
    raise KeyError('from mro')
make(boom)

class Hook:
    def __init_subclass__(cls):
        print('__init_subclass__ sees', cls.__mro__)
make(lambda c: [c, B, Hook, object], (Hook,))

class M2(type):
    mro = 5
try:
    class K2(metaclass=M2): pass
except TypeError as e:
    print('TypeError:', e)
class M3(type):
    def mro(cls, extra):
        return type.mro(cls)
try:
    class K3(metaclass=M3): pass
except TypeError as e:
    print('TypeError:', e)

# mro() is looked up on the metaclass, not on the class
class M4(type):
    pass
class K4(metaclass=M4):
    def mro(self):
        return 'not used'
print(K4.__mro__)

for call in (lambda: type.mro(5), lambda: type.mro(), lambda: type.mro(int, 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(int.mro(), type.mro(bool))

# mro() runs again for the class and its subclasses when __bases__ changes
calls = 0
class Counting(type):
    def mro(cls):
        global calls
        calls += 1
        print('mro() call', calls, cls.__name__, cls.__bases__)
        order = type.mro(cls)
        if calls == 5:
            return [cls, B] + order[1:]
        if calls == 7:
            raise ValueError('seventh call')
        return order
class X: pass
class Y: pass
class Z(X, metaclass=Counting): pass
class W(Z): pass
Z.__bases__ = (Y,)
print(Z.__mro__, W.__mro__)
Z.__bases__ = (X,)
print(Z.__mro__, W.__mro__)
try:
    Z.__bases__ = (Y,)
except ValueError as e:
    print('ValueError:', e)
print(Z.__bases__, Z.__mro__, W.__mro__)

# the class being created, seen from its own mro()
class Peek(type):
    def mro(cls):
        print('during mro():', cls.__mro__, cls.__bases__, cls.__name__)
        print(super(cls, cls) if False else 'no super')
        return type.mro(cls)
class Peeked(A, metaclass=Peek):
    pass
print(Peeked.__mro__)
