# type.__annotate__: the class's function, None for classes without, settable.
from annotationlib import Format
class C:
    a: int
print(C.__annotate__, C.__annotate__(Format.VALUE))
class E:
    pass
print(E.__annotate__, sorted(k for k in E.__dict__ if 'annot' in k))
try:
    int.__annotate__
except AttributeError as e:
    print("AttributeError", e)
def fake(format):
    return {'z': bytes}
E.__annotate__ = fake
print(E.__annotate__ is fake, E.__annotations__)
try:
    E.__annotate__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del E.__annotate__
except TypeError as e:
    print("TypeError", e)
try:
    int.__annotate__ = fake
except TypeError as e:
    print("TypeError", e)
E.__annotate__ = None
print(E.__annotate__)
class D(C):
    pass
print(D.__annotate__)
def f(x: int): pass
print(f.__annotate__.__qualname__)
class K:
    def m(self, y: str): pass
print(K.m.__annotate__.__qualname__)
