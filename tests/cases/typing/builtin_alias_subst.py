# Substituting ParamSpec and TypeVarTuple in types.GenericAlias and collections.abc.Callable.
import collections.abc as c
from typing import TypeVarTuple, ParamSpec, TypeVar
Ts = TypeVarTuple('Ts'); P = ParamSpec('P'); T = TypeVar('T')
for label, fn in [('tuple[*Ts][int, str]', lambda: tuple[*Ts][int, str]),
                  ('tuple[T, *Ts][int]', lambda: tuple[T, *Ts][int]),
                  ('Callable[P, int][[int]]', lambda: c.Callable[P, int][[int]]),
                  ('Callable[P, T][[int], str]', lambda: c.Callable[P, T][[int], str]),
                  ('list[P]', lambda: list[P][int]),
                  ('dict[str, *Ts]', lambda: dict[str, *Ts].__parameters__)]:
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
print(c.Callable[P, T][..., int], c.Callable[[T], T][str], type(c.Callable[P, int][[str]]).__name__)
print(tuple[int, *Ts][str, bytes], tuple[*Ts, T][int, str, bytes], list[tuple[*Ts]][int, str])
