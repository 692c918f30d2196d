# evaluate_bound/_constraints/_default/_value: lazy functions or const evaluators.
from typing import TypeVar, TypeAliasType, ParamSpec, TypeVarTuple
T = TypeVar('T', bound=int)
c = T.evaluate_bound
print(c, type(c), c(1), c(3), c(4), repr(c(4)))
print(TypeVar('U').evaluate_bound, TypeVar('U').evaluate_default, TypeVar('U', int, str).evaluate_constraints(4))
print(TypeVar('U').evaluate_constraints, ParamSpec('P').evaluate_default, TypeVarTuple('Ts').evaluate_default)
A = TypeAliasType('A', list[int]); print(A.evaluate_value, A.evaluate_value(4))
def g[X: int, *Ts, **P, Y = str](): pass
X, Ts, P, Y = g.__type_params__
print(X.evaluate_bound.__qualname__, X.evaluate_default, Y.evaluate_default.__qualname__, Ts.evaluate_default, P.evaluate_default)
print(X.__bound__, X.evaluate_bound(1))
print(TypeVar('V', default=None).evaluate_default(1))
print(c == T.evaluate_bound)
print(TypeVar('W', bound='int').evaluate_bound(4))
for a, k in (((), {}), (('x',), {}), ((1,2), {}), ((1,), {'z': 1}), ((True,),{})):
    try: print(c(*a, **k))
    except Exception as e: print(type(e).__name__, e)
print(type(c).__module__, type(c).__qualname__)
try: type(c)(1)
except Exception as e: print(type(e).__name__, e)
type Al = dict[str, Undefined]
print(Al.evaluate_value.__qualname__)
