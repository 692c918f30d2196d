class A:
    """A's docstring."""
    def m(self):
        "m doc"
class B(A):
    pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(A.__bases__, B.__bases__, B.__base__, A.__mro__)
print(A.m.__qualname__, A.m.__doc__, A.m.__name__, A.m.__module__)
class Outer:
    class Mid:
        class Inner:
            def f(self): pass
print(Outer.Mid.Inner.__qualname__, Outer.Mid.Inner.f.__qualname__, Outer.Mid.Inner)
def factory():
    class Made:
        pass
    return Made
print(factory().__qualname__, factory())
A.__name__ = "Renamed"
print(A.__name__, A, A.__qualname__)
A.__qualname__ = "Q.R"
print(A)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
A.__doc__ = "new doc"
print(A.__doc__)
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, object.__base__)
class C: x = 1
C.__module__ = "elsewhere"
print(C, C.__module__)
print(type.__name__, type(A).__name__, A.__class__, C().__class__)
