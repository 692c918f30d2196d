import collections.abc as c
from collections import deque, defaultdict, namedtuple

names = [n for n in c.__all__ if n != 'ByteString']
P = namedtuple('P', 'x')
samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), iter(()), iter(''),
           iter(b''), iter(bytearray()), iter(set()), iter({}), iter({}.values()), iter({}.items()),
           reversed([]), iter(range(1 << 100)), iter(range(2)), zip(), map(str, ''), filter(None, ''),
           enumerate(''), {}.keys(), {}.items(), {}.values(), (x for x in ()), len, 5, 2.5, None, type,
           object(), deque(), defaultdict(), P(1), lambda: 0, NotImplemented, ...]
for t in samples:
    print(type(t).__name__, [n for n in names if isinstance(t, getattr(c, n))])
print(issubclass(list, c.Sequence), issubclass(dict, c.Mapping), issubclass(str, c.Hashable),
      issubclass(list, c.Hashable), issubclass(bytes, c.ByteString), issubclass(list, c.ByteString))
print(c.__all__)
print([getattr(c, n).__module__ for n in c.__all__])
print(c.Mapping, repr(c.Sequence), c.Callable.__name__, c.Callable.__qualname__)
