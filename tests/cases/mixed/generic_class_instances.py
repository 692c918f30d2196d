# Classes with type parameters (based on typing.Generic) make instances.
class Box[T]:
    def __init__(self, item: T):
        self.item = item


class Pair[K, V](Box[K]):
    def __init__(self, k: K, v: V):
        super().__init__(k)
        self.v = v


class Plain[T]:
    pass


b = Box(5)
p = Pair("k", 2.5)
print(b.item, p.item, p.v, type(Plain()).__name__, isinstance(p, Box))
print([c.__name__ for c in Pair.__mro__])
