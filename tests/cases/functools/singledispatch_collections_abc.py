from functools import singledispatch
import collections.abc as cabc
from collections import OrderedDict, deque
@singledispatch
def kind(o): return 'object'
kind.register(cabc.Sequence, lambda o: 'sequence')
kind.register(cabc.Mapping, lambda o: 'mapping')
kind.register(cabc.Set, lambda o: 'set')
kind.register(cabc.Iterable, lambda o: 'iterable')
kind.register(str, lambda o: 'str')
for o in [[1], (1,), 'abc', b'xy', {1: 2}, OrderedDict(), {1}, frozenset(), range(3), deque(), iter([]), 5, None]:
    print(type(o).__name__, kind(o))
@singledispatch
def sized(o): return 'not sized'
sized.register(cabc.Sized, lambda o: 'sized')
sized.register(cabc.Container, lambda o: 'container')
try: print(sized([]))
except RuntimeError as e: print(e)
class OnlyLen:
    def __len__(self): return 0
print(sized(OnlyLen()), sized(5))
@singledispatch
def mut(o): return 'object'
mut.register(cabc.MutableSequence, lambda o: 'mutable sequence')
mut.register(cabc.Sequence, lambda o: 'sequence')
print(mut([]), mut(()), mut(deque()), mut('s'))
