import collections.abc as c

print(c.Callable[[int, str], float], c.Callable[..., int], c.Callable[[], int])
print(c.Callable[[int, str], float].__args__, c.Callable[[], int].__args__, c.Callable[..., int].__args__)
print(c.Callable[[int], str].__origin__, c.Callable[[int], str] == c.Callable[[int], str])
print(type(c.Callable[[int], str]).__name__, type(c.Callable[[int], str]).__module__)
for bad in (int, (int, str), (int, str, float)):
    try:
        c.Callable[bad]
    except TypeError as e:
        print(e)
print(c.Mapping[str, int], c.Sequence[int], c.Iterable[int], c.Set[int], c.MutableMapping[str, int])
print(c.Iterator[int].__origin__ is c.Iterator, c.Awaitable[int], c.AsyncIterable[int], c.Container[str])
print(c.MappingView[int], c.KeysView[str], c.Generator[int, None, None], c.Callable[[list[int]], dict[str, int]])
print(isinstance(c.Callable[[int], str], type(list[int])))
