print(type(1), type("s"), type(None), type(type), type(int))
T = type("T", (), {})
print(T, T.__name__, T.__bases__, T.__module__, T.__qualname__)
U = type("U", (T,), {"x": 1, "__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"U({self.v})"})
u = U(5)
print(u, u.x, isinstance(u, T), U.__mro__)
V = type("V", (int,), {"extra": True})
print(V(5) + 1, V(3).extra)
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type("X", (), 1)
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
W = type("W", (), {"__qualname__": "Some.W", "__doc__": "docW"})
print(W, W.__qualname__, W.__doc__)
print(type.__call__(int, "12"), type(u)(7))
