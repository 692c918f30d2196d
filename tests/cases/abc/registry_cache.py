# ABCMeta's registry, caches and the cache token.
import abc


class Shape(metaclass=abc.ABCMeta):
    pass


class Circle:
    pass


print(issubclass(Circle, Shape), isinstance(Circle(), Shape))
token = abc.get_cache_token()
Shape.register(Circle)
print(abc.get_cache_token() == token + 1, issubclass(Circle, Shape), isinstance(Circle(), Shape))


class Ring(Circle):
    pass


print(issubclass(Ring, Shape), Shape.register(Circle) is Circle, abc.get_cache_token() == token + 1)
Shape._abc_registry_clear()
Shape._abc_caches_clear()
print(issubclass(Circle, Shape))


class Square(Shape):
    pass


print(issubclass(Square, Shape), isinstance(Square(), Shape), issubclass(Shape, Shape))


@Shape.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Shape))
try:
    issubclass(Circle(), Shape)
except TypeError as e:
    print(e)
