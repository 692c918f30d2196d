# copy.replace and the __replace__ protocol.
import copy, types

ns = types.SimpleNamespace(a=1, b=2)
print(copy.replace(ns, b=3), ns)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __replace__(self, **changes):
        print("changes", sorted(changes))
        return Point(changes.get("x", self.x), changes.get("y", self.y))
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(copy.replace(p), copy.replace(p, y=5))
try:
    copy.replace(p, z=1, obj=2)
except TypeError as e:
    print("TypeError:", e)
print(copy.replace(ns, obj=1))
for bad in [5, "s", Point]:
    try:
        copy.replace(bad)
    except TypeError as e:
        print("TypeError:", e)
print(copy.replace.__doc__)
