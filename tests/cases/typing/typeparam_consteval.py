# evaluate_bound / evaluate_constraints / evaluate_default given values: _typing._ConstEvaluator
from typing import TypeVar, ParamSpec, TypeVarTuple
import typing
ev = lambda v: TypeVar('X', bound=v).evaluate_bound
print(ev(int) == ev(int), ev(int) == ev(str), ev(int) != ev(int), hash(ev(int)) == hash(int))
for v in (int, 'X', None, ..., type(None), list[int], typing.List[int], typing.Any, 1.5, ('int',), (int, ...), (), [int, str], TypeVar, len):
    try:
        e = TypeVar('D', default=v).evaluate_default
        print(repr(e), repr(e(4)), e(1) is v, e(0) is v, e(5) is v, e(2) is v)
    except Exception as ex: print(type(ex).__name__, ex)
e = ev(int)
for f in ('x', 1.0, True, -1, None):
    try: print(repr(e(f)))
    except Exception as ex: print(type(ex).__name__, ex)
try: type(e)(int)
except Exception as ex: print(type(ex).__name__, ex)
try: type(e).x = 1
except Exception as ex: print(type(ex).__name__, ex)
P = ParamSpec('P', default=[int, str]); print(P.evaluate_default, P.evaluate_default(4))
Ts = TypeVarTuple('Ts'); print(Ts.evaluate_default, Ts.has_default())
Ts = TypeVarTuple('Ts', default=typing.Unpack[tuple[int]]); print(Ts.evaluate_default, Ts.evaluate_default(4), Ts.has_default())
import gc
print(gc.is_tracked(e))
print(type(e).__doc__, type(e).__name__, type(e).__module__, type(e).__qualname__)
e2 = TypeVar('X', 'int', list).evaluate_constraints
print(e2(4), e2(1))
print(TypeVar('X', 'int', list).evaluate_bound, TypeVar('X', bound=int).evaluate_constraints)
print(TypeVar('X').evaluate_default, TypeVar('X').has_default(), TypeVar('X', default=None).has_default())
try: e()
except TypeError as ex: print(ex)
try: e(1, 2)
except TypeError as ex: print(ex)
try: e(format=1)
except TypeError as ex: print(ex)
print(e == e, e == ev(int), e != e, hash(e) == hash(e))
