# Callable in typing and collections.abc, with Concatenate and ParamSpec.
import collections.abc as cabc
from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args, get_origin

P = ParamSpec('P')
T = TypeVar('T')
forms = [Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[P, T],
         Callable[Concatenate[int, P], T], cabc.Callable[[int], str], cabc.Callable[..., str]]
for f in forms:
    print(f, get_origin(f), get_args(f), f.__parameters__)
print(Callable[[int], T][str], Callable[P, T][[int, str], bool], Callable[P, int][...])
print(Callable[Concatenate[int, P], T][[str], bytes])
print(Callable[[int], str] == Callable[[int], str], Callable, Callable.__origin__)
print(isinstance(len, Callable), issubclass(int, Callable), isinstance(len, cabc.Callable))
print(Concatenate[int, P], Concatenate[int, ...])
for bad in (lambda: Callable[int], lambda: Callable[[int]], lambda: Concatenate[int],
            lambda: Concatenate[()], lambda: isinstance(len, Callable[[int], str])):
    try:
        bad()
    except TypeError as e:
        print(e)
