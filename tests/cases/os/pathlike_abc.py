# os.PathLike is an abstract base class: subclass hooks, registration, instantiation.
import abc
import os


class P:
    def __fspath__(self):
        return 'p'


class NotP:
    __fspath__ = None


class Sub(P):
    pass


class Deny(P):
    __fspath__ = None


print(type(os.PathLike).__name__, isinstance(os.PathLike, abc.ABCMeta))
print(isinstance(P(), os.PathLike), issubclass(Sub, os.PathLike), issubclass(NotP, os.PathLike),
      issubclass(Deny, os.PathLike), isinstance('x', os.PathLike), issubclass(bytes, os.PathLike))
print(os.PathLike.__abstractmethods__, os.PathLike.__fspath__.__doc__)
try:
    os.PathLike()
except TypeError as exc:
    print(exc)


class Impl(os.PathLike):
    def __fspath__(self):
        return 'impl'


print(os.fspath(Impl()), isinstance(Impl(), os.PathLike), os.PathLike[str], os.PathLike[bytes].__origin__)


class Half(os.PathLike):
    pass


try:
    Half()
except TypeError as exc:
    print(exc)


class Registered:
    pass


os.PathLike.register(Registered)
print(issubclass(Registered, os.PathLike), isinstance(Registered(), os.PathLike))
try:
    os.fspath(Registered())
except TypeError as exc:
    print(exc)
