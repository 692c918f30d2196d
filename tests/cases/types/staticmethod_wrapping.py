import functools


def f(x: int) -> str:
    "doc of f"


s = staticmethod(f)
c = classmethod(f)
print(sorted(s.__dict__), s.__name__, s.__qualname__, s.__doc__, s.__module__)
print(s.__annotations__, c.__annotations__, s.__annotate__ is f.__annotate__)
s.__annotations__ = {"a": 1}
print(s.__annotations__, f.__annotations__, sorted(s.__dict__))
del s.__annotations__
print(s.__annotations__)
try:
    del c.__annotate__
    del c.__annotate__
except AttributeError as e:
    print("AttributeError", e)
print(staticmethod[int], classmethod[str], staticmethod.__class_getitem__.__doc__)
for call in (lambda: staticmethod(), lambda: staticmethod(1, 2), lambda: staticmethod(f=1), lambda: classmethod(),
             lambda: staticmethod.__new__(staticmethod).__func__, lambda: staticmethod.__new__(staticmethod).__get__(1),
             lambda: staticmethod.__new__(staticmethod)(), lambda: staticmethod.__new__(staticmethod).__name__,
             lambda: repr(staticmethod.__new__(staticmethod)), lambda: staticmethod.__new__(staticmethod).__wrapped__,
             lambda: staticmethod(len).__annotations__, lambda: sorted(staticmethod(1).__dict__)):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __new__(cls):
        return super().__new__(cls)

    def __init_subclass__(cls):
        pass

    @staticmethod
    @functools.cache
    def g(x):
        return x

    @classmethod
    def h(cls):
        "h doc"
        return cls.__name__


print(C.__dict__["__new__"].__dict__, C.__dict__["__init_subclass__"].__dict__)
try:
    print(C.__dict__["__new__"].__name__)
except AttributeError as e:
    print("AttributeError", e)
print(sorted(C.__dict__["g"].__dict__), C.g(5), C.h(), C.__dict__["h"].__doc__)
s2 = staticmethod.__new__(staticmethod, len)
print(s2.__dict__)
s2.__init__(abs)
print(sorted(s2.__dict__), s2.__func__, s2(-3))


class S(staticmethod):
    def __init__(self, f):
        pass


print(S(len).__dict__, S(len).__func__)
print(sorted(set(dir(staticmethod)) - set(dir(object))), sorted(set(dir(classmethod)) - set(dir(object))))
