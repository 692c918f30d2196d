# abc: abstract methods, registration and subclass checks.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def helper(self):
        return "helper"


class Done(Base):
    def run(self):
        return "ran"

    name = "done"


print(sorted(Base.__abstractmethods__), Done.__abstractmethods__, type(Base), Base.__mro__)
print(Done().run(), Done().helper(), isinstance(Done(), Base), issubclass(Done, Base))


class Half(Base):
    def run(self):
        pass


print(sorted(Half.__abstractmethods__))
print(Base.register(int) is int, isinstance(3, Base), issubclass(bool, Base), issubclass(str, Base))
try:
    Base.register(5)
except TypeError as e:
    print(e)
try:
    Done.register(Base)
except RuntimeError as e:
    print(e)
print(Base.register(Done) is Done)
token = abc.get_cache_token()


class Other(metaclass=abc.ABCMeta):
    pass


Other.register(str)
print(abc.get_cache_token() != token, isinstance("s", Other), issubclass(Other, Other))


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
try:
    issubclass(5, Hooked)
except TypeError as e:
    print(e)
print(abc.abstractmethod(lambda: 1).__isabstractmethod__)
print(abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__)


@abc.update_abstractmethods
class Later(Base):
    pass


print(sorted(Later.__abstractmethods__))
Later.run = lambda self: 1
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
print(abc.update_abstractmethods(int) is int)
