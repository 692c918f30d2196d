"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract methods are overridden.
    The abstract methods can be called using any of the normal
    'super' call mechanisms.  abstractmethod() may be used to declare
    abstract methods for properties and descriptors.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        # classmethod itself took callable when the object was made
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        # staticmethod itself took callable when the object was made
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True


# The registry and caches of each abstract class, and the token that every
# register() call moves on: a negative answer cached under an older token
# may have become wrong.
_token = 0


class _abc_data:
    """What an abstract class keeps: the classes registered with it and
    the answers of its subclass checks (CPython keeps weak references;
    cipy has none, so these are plain sets)."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _token

    def remember(self, subclass, answer):
        (self.cache if answer else self.negative_cache).add(subclass)
        return answer

    def known(self, subclass):
        """True or False when a cached answer still holds, else None."""
        if subclass in self.cache:
            return True
        if self.negative_version != _token:
            self.negative_cache = set()
            self.negative_version = _token
        elif subclass in self.negative_cache:
            return False
        return None


def _still_abstract(cls):
    # the names that are abstract in cls: its own abstract attributes, and
    # those its bases declare abstract that cls has not replaced
    names = {name for name, value in cls.__dict__.items()
             if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        names.update(name for name in getattr(base, "__abstractmethods__", ())
                     if getattr(getattr(cls, name, None), "__isabstractmethod__", False))
    return frozenset(names)


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC.
    """
    return _token


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _still_abstract(cls)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already one: nothing to record
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        data = cls._abc_impl
        claimed = instance.__class__
        if claimed in data.cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            # a proxy: either class will do
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if data.negative_version == _token and claimed in data.negative_cache:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        answer = data.known(subclass)
        if answer is not None:
            return answer
        hook = getattr(cls, "__subclasshook__", None)
        verdict = NotImplemented if hook is None else hook(subclass)
        if verdict is not NotImplemented:
            if verdict is not True and verdict is not False:
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return data.remember(subclass, verdict)
        # a real subclass, a subclass of a registered class, or of one of
        # cls's own subclasses
        related = (cls in getattr(subclass, "__mro__", ())
                   or any(issubclass(subclass, other) for other in data.registry)
                   or any(issubclass(subclass, other) for other in type.__subclasses__(cls)))
        return data.remember(subclass, related)

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        data = cls._abc_impl
        for line in (f"Class: {cls.__module__}.{cls.__qualname__}",
                     f"Inv. counter: {get_cache_token()}",
                     f"_abc_registry: {data.registry!r}",
                     f"_abc_cache: {data.cache!r}",
                     f"_abc_negative_cache: {data.negative_cache!r}",
                     f"_abc_negative_cache_version: {data.negative_version!r}"):
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        data = cls._abc_impl
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the
    class was created, the method will not be considered implemented until
    this function is called. Alternatively, if a new abstract method has been
    added to the class, it will only be considered an abstract method of the
    class after this function is called.

    This function should be called before any use is made of the class,
    usually in class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _still_abstract(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __slots__ = ()
