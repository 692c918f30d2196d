# ParamSpec's args and kwargs, TypeVarTuple unpacking.
from typing import ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, get_origin, Unpack

P = ParamSpec('P')
print(P, P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs, get_origin(P.kwargs) is P)
print(isinstance(P.args, ParamSpecArgs), isinstance(P.kwargs, ParamSpecKwargs))
Q = ParamSpec('Q', bound=int, covariant=True, default=[int, str])
print(repr(Q), Q.__bound__, Q.__default__, Q.has_default())
Ts = TypeVarTuple('Ts')
print(Ts, [*Ts], type([*Ts][0]).__name__, Unpack[Ts] == [*Ts][0])
print(TypeVarTuple('Us', default=Unpack[tuple[int, ...]]).__default__)
try:
    class Bad(P): pass
except TypeError as e:
    print(e)
try:
    class Bad2(P.args): pass
except TypeError as e:
    print(e)
try:
    ParamSpec('P', 'x')
except TypeError as e:
    print(e)
