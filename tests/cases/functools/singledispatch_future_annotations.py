from __future__ import annotations
import collections.abc
from functools import singledispatch
@singledispatch
def f(x): return 'default'
@f.register
def _(x: int | str): return 'int or str'
@f.register
def _(x: collections.abc.Mapping | None): return 'mapping or None'
@f.register
def _(x: float|  bytes): return 'float or bytes'
print(f(1), f('a'), f({}), f(None), f(1.5), f(b''), f([]))
def bad(x: list[int]): pass
def bad2(x: int | nothere): pass
for b in [bad, bad2]:
    try: f.register(b)
    except TypeError as e: print(str(e).split(' at 0x')[0])
def nested(x: dict[str, list[int | None]]): pass
def spaced(x: collections . abc . Sized): pass
def weird(x: int + 1): pass
for b in [nested, spaced, weird]:
    try: f.register(b); print('registered', b.__name__)
    except TypeError as e: print(str(e).split(' at 0x')[0])
