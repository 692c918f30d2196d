# The _abc module behind ABCMeta: its functions, their errors, the dump of a
# class's registry and caches, and the cache token.
import _abc
import abc

print(sorted(n for n in dir(_abc) if not n.startswith("__")))
print(_abc.__doc__)
for name in ("_abc_init", "_abc_register", "_abc_instancecheck", "_abc_subclasscheck", "_get_dump",
             "_reset_registry", "_reset_caches", "get_cache_token"):
    f = getattr(_abc, name)
    print(name, f.__text_signature__, repr(f.__doc__))


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


class B(A):
    def f(self): ...


class Plain:
    pass


print(type(A._abc_impl).__name__, type(A._abc_impl).__module__, type(A._abc_impl).__qualname__)
registry, cache, negative, version = _abc._get_dump(A)
print(len(registry), len(cache), len(negative), type(version))

token = abc.get_cache_token()
A.register(Plain)
print(abc.get_cache_token() - token, A.register(Plain) is Plain, abc.get_cache_token() - token)
print(isinstance(Plain(), A), issubclass(B, A), issubclass(int, A))
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache),
      sorted(r().__name__ for r in negative), version == abc.get_cache_token())

A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
A._abc_registry_clear()
print([len(s) for s in _abc._get_dump(A)[:3]], isinstance(Plain(), A))


def attempt(f, *args):
    try:
        r = f(*args)
        print("->", r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(A.register, 5)
attempt(B.register, A)
attempt(_abc._abc_instancecheck, int, 1)
attempt(_abc._abc_subclasscheck, A, 1)


class Wrong:
    _abc_impl = 5


attempt(_abc._abc_subclasscheck, Wrong, int)
attempt(_abc._abc_register, Wrong, int)
attempt(_abc._get_dump, Wrong)
attempt(_abc._reset_caches, Wrong)


class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        return 1


attempt(issubclass, int, BadHook)


class BadSubclasses(abc.ABCMeta):
    def __subclasses__(cls):
        return ()


class C(metaclass=BadSubclasses):
    pass


attempt(issubclass, int, C)
print(object.__subclasshook__(), object.__subclasshook__.__doc__.splitlines()[0])
print(object.__subclasshook__.__text_signature__, type(object.__dict__["__subclasshook__"]).__name__)
