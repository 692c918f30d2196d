# abstractmethod on properties, classmethods and staticmethods.
import abc


class A(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self):
        ...

    @classmethod
    @abc.abstractmethod
    def c(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def s():
        ...

    @abc.abstractclassmethod
    def old_c(cls):
        ...

    @abc.abstractstaticmethod
    def old_s():
        ...

    @abc.abstractproperty
    def old_p(self):
        ...


print(sorted(A.__abstractmethods__))
print(A.__dict__["p"].__isabstractmethod__, A.__dict__["c"].__isabstractmethod__,
      A.__dict__["s"].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__, classmethod(len).__isabstractmethod__)


class B(A):
    p = 1
    c = s = old_c = old_s = old_p = None


print(sorted(B.__abstractmethods__))
