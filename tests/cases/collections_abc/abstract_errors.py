from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Iterator, Generator, Hashable, Sized, Container, Callable, Iterable,
                             KeysView, Coroutine, AsyncGenerator, Collection)

for cls in (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterator, Generator,
            Hashable, Sized, Container, Callable, Iterable, Coroutine, AsyncGenerator, Collection):
    try:
        cls()
    except TypeError as e:
        print(e)
    print(cls.__name__, sorted(cls.__abstractmethods__))


class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)


try:
    Half()
except TypeError as e:
    print(e)
print(KeysView.__abstractmethods__, KeysView({}).__class__.__name__)
