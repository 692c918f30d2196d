# Subscripting classes: generic ones, plain ones, and the error texts.
from typing import Generic, TypeVar, ParamSpec, Callable, Protocol

T = TypeVar('T')
P = ParamSpec('P')

class Plain:
    pass

class G(Generic[T]):
    pass

class WithSpec(Generic[P]):
    pass

class Both(Generic[T, P]):
    pass

class Proto(Protocol[T]):
    def get(self) -> T: ...

print(WithSpec[int, str], WithSpec[[int, str]], WithSpec[...], WithSpec[P], Both[int, [str]], Both[int, ...])
print(Proto[int], Proto.__parameters__, G[G[int]], G[Callable[P, T]].__parameters__)
for label, fn in [('Plain[int]', lambda: Plain[int]),
                  ('G[int, int]', lambda: G[int, int]),
                  ('G[()]', lambda: G[()]),
                  ('G[(1, 2)]', lambda: G[(1, 2),]),
                  ('Protocol[int]', lambda: Protocol[int]),
                  ('Generic[T][int]', lambda: Generic[T][int]),
                  ('Proto()', lambda: Proto()),
                  ('G[int].x', lambda: G[int].x),
                  ('G()', lambda: G())]:
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__)
try:
    class Bad(Protocol[T], Generic[T]): pass
    print('ok Bad', Bad.__parameters__)
except TypeError as e:
    print(e)
try:
    class Bad2(Generic[T], G[int], Generic[T]): pass
except TypeError as e:
    print(e)
try:
    K = TypeVar('K')
    class Bad3(G[K], Generic[T]): pass
except TypeError as e:
    print(e)
