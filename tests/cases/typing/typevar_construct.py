# TypeVar, ParamSpec and TypeVarTuple built by calling them, as older code does.
from typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault

T = TypeVar('T')
B = TypeVar('B', bound=int)
C = TypeVar('C', int, str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Inf = TypeVar('Inf', infer_variance=True)
D = TypeVar('D', default=int)
F = TypeVar('F', bound='Later')
for v in (T, B, C, Co, Contra, Inf, D, F):
    print(repr(v), v.__name__, v.__bound__, v.__constraints__, v.__covariant__, v.__contravariant__,
          v.__infer_variance__, v.__default__, v.has_default(), v.__module__)
print(type(T), type(T).__module__, T.__default__ is NoDefault)

def syntax[X, *Ys, **Z](): return X, Ys, Z
for v in syntax():
    print(repr(v), v.__module__, type(v).__name__)

for make in (lambda: TypeVar('T', int), lambda: TypeVar(3),
             lambda: TypeVar('T', covariant=True, contravariant=True),
             lambda: TypeVar('T', int, str, bound=int),
             lambda: TypeVar('T', infer_variance=True, covariant=True),
             lambda: TypeVar('T', flavour=1)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
