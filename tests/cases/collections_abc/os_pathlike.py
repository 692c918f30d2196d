# os.PathLike is an abc.ABC whose hook looks for __fspath__; os names the abc helpers as CPython's.
import os

print('abc' in dir(os), '_check_methods' in dir(os), 'GenericAlias' in dir(os), 'Mapping' in dir(os),
      'MutableMapping' in dir(os))
print(type(os.PathLike), os.PathLike.__mro__, os.PathLike.__abstractmethods__)


class P:
    def __fspath__(self):
        return 'x'


class NoPath:
    __fspath__ = None


print(isinstance(P(), os.PathLike), issubclass(str, os.PathLike), issubclass(NoPath, os.PathLike))


class Q(os.PathLike):
    pass


try:
    Q()
except TypeError as e:
    print(e)


@os.PathLike.register
class R:
    pass


print(os.PathLike[str], issubclass(R, os.PathLike), os.fspath(P()))
