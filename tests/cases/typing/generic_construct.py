# Generic() and generic classes construct as object does
import typing
g = typing.Generic()
print(type(g).__name__)
class C[T]:
    def __init__(self, a): self.a = a
print(C(1).a, C[int](2).a)
class D(typing.Generic[typing.TypeVar('X')]): pass
print(type(D()).__name__)
try: typing.Generic(1)
except TypeError as e: print(e)
class E[T]: pass
try: E(1)
except TypeError as e: print(e)
