# __annotations__ of functions, classes and modules comes from calling
# __annotate__(1) once; a result that is not a dict is a TypeError.
import sys


def f(x: int) -> str:
    pass


class C:
    a: int


print(f.__annotations__, C.__annotations__, f.__annotations__ is f.__annotations__)

calls = []


def annotate(format):
    calls.append(format)
    return {"y": float}


def g():
    pass


g.__annotate__ = annotate
print(g.__annotations__, g.__annotations__, calls)
g.__annotations__ = None
g.__annotate__ = lambda format: [("not", "a dict")]
try:
    g.__annotations__
except TypeError as e:
    print("TypeError:", e)
g.__annotate__ = None
print(g.__annotations__)

m = type(sys)("m")
print(m.__annotations__)
m2 = type(sys)("m2")
m2.__annotate__ = annotate
print(m2.__annotations__, m2.__annotations__, calls)
m4 = type(sys)("m4")
m4.__annotate__ = lambda format: 5
try:
    m4.__annotations__
except TypeError as e:
    print("TypeError:", e)


class D:
    pass


print(D.__annotations__)


class E:
    b: "E"


print(E.__annotations__)
