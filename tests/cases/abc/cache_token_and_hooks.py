# abc: the cache token moves on each register(), hooks that answer badly, proxies in isinstance, update_abstractmethods.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Plain:
    pass


token = abc.get_cache_token()
print(isinstance(Plain(), Base), issubclass(Plain, Base))
Base.register(Plain)
print(abc.get_cache_token() != token, isinstance(Plain(), Base), issubclass(Plain, Base))
before = abc.get_cache_token()
Base.register(Plain)
print(abc.get_cache_token() == before)


class Bad(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as exc:
    print('AssertionError', exc)


class Proxy:
    @property
    def __class__(self):
        return Plain


print(isinstance(Proxy(), Base), isinstance(Proxy(), Plain))


class Later(abc.ABC):
    @abc.abstractmethod
    def a(self): ...

    @abc.abstractmethod
    def b(self): ...


Later.a = lambda self: 1
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
print(abc.update_abstractmethods(Plain) is Plain)


class Sub(Later):
    def b(self):
        return 2


print(sorted(Sub.__abstractmethods__), Sub().b())
Base._abc_caches_clear()
Base._abc_registry_clear()
print(issubclass(Plain, Base))
try:
    issubclass(3, Base)
except TypeError as exc:
    print('TypeError', exc)
try:
    Base.register(3)
except TypeError as exc:
    print('TypeError', exc)
try:
    Plain2 = Base.register(type('P2', (Base,), {'run': lambda s: 0}))
    print(Plain2.__name__)
    abc.ABC.register(abc.ABCMeta)
    type.register = None
except (TypeError, RuntimeError, AttributeError) as exc:
    print(type(exc).__name__, exc)
try:
    Sub.register(Later)
except RuntimeError as exc:
    print('RuntimeError', exc)
