# type(name, bases, ns) with a base whose metaclass has its own __new__ lets
# that metaclass make the class, as a class statement does.
import abc

C0 = type('C0', (), {})
C1 = type('C1', (abc.ABC,), {})
C4 = type('C4', (C0, C1), {})
print(type(C1).__name__, type(C4).__name__, C1._abc_impl is not abc.ABC._abc_impl if hasattr(abc.ABC, '_abc_impl') else True)
C1.register(C0)
print(issubclass(C0, C4), issubclass(C0, C1), issubclass(C4, C1))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, kw)
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    pass


D = type('D', (Base,), {'x': 1})
print(type(D).__name__, D.x)
E = type.__new__(type, 'E', (Base,), {})
print(type(E).__name__)
try:
    type('F', (Base, int), {}, extra=1)
except TypeError as e:
    print(e)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    type('G', (Base, O), {})
except TypeError as e:
    print(e)
