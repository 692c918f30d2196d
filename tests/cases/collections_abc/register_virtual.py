from collections.abc import Sequence, MutableMapping, Hashable, Iterable, Sized


class Anything:
    pass


Sequence.register(Anything)
print(issubclass(Anything, Sequence), isinstance(Anything(), Sequence), issubclass(Anything, Iterable))
print(Anything.__mro__, Sequence.register(Anything) is Anything)


@MutableMapping.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, MutableMapping))


class Child(Anything):
    pass


print(issubclass(Child, Sequence), issubclass(Child, Hashable))
try:
    Sized.register(5)
except TypeError as e:
    print(e)
