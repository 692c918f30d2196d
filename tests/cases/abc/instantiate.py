# A class with abstract methods left cannot be instantiated.
import abc


class B(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    @abc.abstractmethod
    def g(self):
        pass


class C(B):
    def f(self):
        return "f"


class D(C):
    def g(self):
        return "g"


for k in (B, C, D):
    try:
        obj = k()
        print(k.__name__, "made", obj.f(), obj.g())
    except TypeError as e:
        print(e)


class Manual:
    pass


Manual.__abstractmethods__ = frozenset({"x"})
try:
    Manual()
except TypeError as e:
    print(e)


class Sub(Manual):
    pass


print(type(Sub()).__name__)
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
try:
    object.__new__(B)
except TypeError as e:
    print(e)
