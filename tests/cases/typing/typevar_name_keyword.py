from typing import TypeVar
T = TypeVar(name="T")
print(T)
U = TypeVar("U", int, str, covariant=True)
print(U, U.__constraints__)
try:
    TypeVar()
except TypeError as e: print(e)
try:
    TypeVar(name="x", nm=1)
except TypeError as e: print(e)
from typing import ParamSpec, TypeVarTuple
for make in (lambda: TypeVar(name="V", bound=int), lambda: TypeVar("W", name="W"), lambda: TypeVar(int, name="X"),
             lambda: ParamSpec(name="P"), lambda: TypeVarTuple(name="Ts"), lambda: TypeVar(name=3),
             lambda: TypeVar("A", int), lambda: TypeVar(name="B", covariant=True, contravariant=True)):
    try:
        v = make()
        print(repr(v), getattr(v, "__bound__", None))
    except Exception as e:
        print(type(e).__name__, e)
print(max(3, 4, key=None), max([1, 2], default=0))
try:
    max()
except TypeError as e:
    print(e)
try:
    max(iterable=[1])
except TypeError as e:
    print(e)
