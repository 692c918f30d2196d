class A:
    def __add__(self, o): return "A.add"
    def __repr__(self): return "A()"
class B(A):
    def __add__(self, o): return "B.add"
class C(B): pass
print(C() + 1, B() + 1)
del B.__add__
print(C() + 1, B() + 1)
del A.__add__
try:
    C() + 1
except TypeError as e:
    print(e)
A.__add__ = lambda self, o: "new A.add"
print(C() + 1)
C.__len__ = lambda self: 3
print(len(C()), bool(C()))
try:
    len(A())
except TypeError as e:
    print(e)
A.__repr__ = lambda self: "patched"
print(repr(C()), repr(B()))
del A.__repr__
print(repr(C())[:20])
A.__eq__ = lambda self, o: True
print(C() == 5, hash(C()) is not None)
A.__call__ = lambda self, *a: ("called", a)
print(B()(1, 2))
A.__iter__ = lambda self: iter([1, 2])
print(list(C()))
A.__getitem__ = lambda self, k: k * 2
print(C()[21])
A.__bool__ = lambda self: False
print(bool(C()))
del A.__bool__
del C.__len__
print(bool(C()))
