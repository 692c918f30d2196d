from collections.abc import Hashable, Callable


class Eq:
    def __eq__(self, other):
        return True


class EqHash(Eq):
    def __hash__(self):
        return 1


class CallMe:
    def __call__(self):
        return 1


for obj in (Eq(), EqHash(), CallMe(), CallMe, print, lambda: 0, [].append, 1, 'x', [], {}, set(), frozenset()):
    print(type(obj).__name__, isinstance(obj, Hashable), isinstance(obj, Callable), callable(obj))
print(Hashable.__hash__(None), Callable.__call__(None))
