from collections.abc import Collection, Reversible, Container, Sized, Iterable
from collections import deque, OrderedDict, Counter


class Bag:
    def __len__(self):
        return 1

    def __iter__(self):
        yield 1

    def __contains__(self, x):
        return x == 1


class NoRev(Bag):
    __reversed__ = None


for obj in ([], (), {}, set(), '', range(1), deque(), OrderedDict(), Counter(), Bag(), NoRev(), iter([]), 5):
    print(type(obj).__name__, [c.__name__ for c in (Collection, Reversible, Container, Sized, Iterable)
                               if isinstance(obj, c)])
print(Container.__contains__(None, 1), Sized.__len__(None), list(Iterable.__iter__(None)), list(Reversible.__reversed__(None)))
