# typing's aliases of the built-in and collections classes.
import typing as t
import collections

aliases = [t.List, t.Dict, t.Set, t.FrozenSet, t.Tuple, t.Type, t.Deque, t.DefaultDict, t.OrderedDict,
           t.Counter, t.ChainMap, t.Iterable, t.Iterator, t.Sequence, t.MutableSequence, t.Mapping,
           t.MutableMapping, t.AbstractSet, t.MutableSet, t.Hashable, t.Sized, t.Container,
           t.Collection, t.Reversible, t.Awaitable, t.Coroutine, t.AsyncIterable, t.AsyncIterator,
           t.Generator, t.AsyncGenerator, t.KeysView, t.ItemsView, t.ValuesView, t.MappingView,
           t.Callable]
for a in aliases:
    print(repr(a), a.__origin__, t.get_origin(a), a.__name__)

print(t.List[int], t.Dict[str, int], t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str],
      t.Type[int], t.Deque[int], t.DefaultDict[str, list], t.Counter[str])
print(t.Generator[int], t.AsyncGenerator[int], t.Generator[int, str, bytes])
print(t.List[int].__args__, t.List[int].__origin__, t.List[int] == t.List[int], t.List[int] == list[int])
print(hash(t.Dict[str, int]) == hash(t.Dict[str, int]), t.List[int].__name__, t.List[int].__module__)
print(isinstance([], t.List), issubclass(list, t.Sequence), isinstance({}, t.Mapping))
print(t.Deque[int]([1, 2]), t.DefaultDict[str, int](int), t.Counter[str]('abca'))
print(t.List[int].append is list.append)

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

attempt('List[int, str]', lambda: t.List[int, str])
attempt('Dict[int]', lambda: t.Dict[int])
attempt('List()', lambda: t.List())
attempt('List[int]()', lambda: t.List[int]())
attempt('Dict[str,int]()', lambda: t.Dict[str, int]())
attempt('isinstance List[int]', lambda: isinstance([], t.List[int]))
attempt('issubclass List[int]', lambda: issubclass(list, t.List[int]))
attempt('List[int][str]', lambda: t.List[int][str])
attempt('Tuple[int, ...][str]', lambda: t.Tuple[int, ...][str])
