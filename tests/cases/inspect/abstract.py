import abc
import inspect

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Half(Base):
    pass
class Done(Base):
    def f(self): pass
print(inspect.isabstract(Base), inspect.isabstract(Half), inspect.isabstract(Done), inspect.isabstract(int),
      inspect.isabstract(Done()), inspect.isabstract(abc.ABC))
seen = []
class Watch(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        seen.append((cls.__name__, inspect.isabstract(cls)))
    @abc.abstractmethod
    def g(self): pass
class W1(Watch):
    pass
class W2(Watch):
    def g(self): pass
print(seen)
