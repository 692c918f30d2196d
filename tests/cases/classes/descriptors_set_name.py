class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return f"<Field {self.owner.__name__}.{self.name}>"
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        if not isinstance(v, int):
            raise TypeError(f"{self.name} must be int, got {type(v).__name__}")
        obj.__dict__[self.name] = v
class Point:
    x = Field(0)
    y = Field(0)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point()
print(p)
p.x = 3
print(p, Point.x, Point.y)
try:
    p.y = "a"
except TypeError as e:
    print(e)
class Late:
    pass
f = Field(1)
Late.z = f
print(hasattr(f, "name"))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Holder:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)
