# Assigning __bases__: the MRO, attribute lookups, special methods,
# isinstance and __subclasses__ follow, for the class and its subclasses.
class A:
    x = 'A.x'
    def f(self): return 'A.f'
    def __add__(self, other): return 'A+'
class B:
    x = 'B.x'
    y = 'B.y'
    def f(self): return 'B.f'
    def __add__(self, other): return 'B+'
    def __len__(self): return 7
class C(A):
    pass
class D(C):
    pass

c, d = C(), D()
print(C.__bases__, C.__base__)
print(D.__mro__)
print(c.x, c.f(), d.x, d + 1)

C.__bases__ = (B,)
print(C.__bases__, C.__base__)
print(C.__mro__)
print(D.__mro__)
print(c.x, c.f(), d.x, d.y, d + 1, len(d))
print(isinstance(d, A), isinstance(d, B), issubclass(D, B))
print(A.__subclasses__(), B.__subclasses__())

C.__bases__ = (A, B)
print(D.__mro__, C.__base__)
print(d.x, d.y, d + 1, len(d))

C.__bases__ = (A,)
print(d + 1)
try:
    len(d)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(d, 'y'))

# a class further down the hierarchy
class P: pass
class Q(P): pass
class R(Q): pass
class S: z = 'S.z'
Q.__bases__ = (S,)
print(R.__mro__, R.z)
Q.__bases__ = (P, S)
print(R.__mro__)

# instances keep their __dict__ and slots-less layout across the change
class Plain: pass
class Other:
    def hello(self): return 'hello from Other'
class Child(Plain): pass
ch = Child()
ch.v = 42
Child.__bases__ = (Other,)
print(ch.v, ch.hello(), vars(ch))

# __slots__ classes whose members match
class S1:
    __slots__ = ('a', 'b')
class S2:
    __slots__ = ('b', 'a')
    def both(self): return (self.a, self.b)
class T(S1):
    __slots__ = ()
t = T()
t.a, t.b = 1, 2
T.__bases__ = (S2,)
print(t.both(), T.__mro__)

# exception classes with the same layout
class E(Exception): pass
E.__bases__ = (KeyError,)
print(E.__mro__)
try:
    raise E('k')
except LookupError as exc:
    print('caught', repr(exc))

# metaclasses
class M(type): pass
class M2(type): pass
M2.__bases__ = (M,)
print(M2.__mro__)

# the new tuple is stored as given
bases = (B,)
C.__bases__ = bases
print(C.__bases__ is bases)
