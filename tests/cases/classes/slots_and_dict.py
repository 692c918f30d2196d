class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
s = Slotted(1)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(e)
try:
    print(s.y)
except AttributeError as e:
    print(e)
class Free:
    pass
f = Free()
f.a = 1
f.b = 2
print(f.__dict__, vars(f))
del f.a
print(f.__dict__)
class Both(Slotted):
    pass
b = Both(2)
b.extra = 5
print(b.x, b.__dict__)
