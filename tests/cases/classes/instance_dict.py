class C:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
c = C()
print(c.__dict__, vars(c))
c.__dict__["z"] = 3
print(c.z)
c.__dict__ = {"only": True}
print(c.only, hasattr(c, "x"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
d = vars(c)
d["w"] = 0
print(c.w)
try:
    vars(1)
except TypeError as e:
    print(e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(e)
try:
    S().__dict__
except AttributeError as e:
    print(e)
print("__dict__" in C.__dict__, "__weakref__" in C.__dict__)
print(type(C.__dict__["__dict__"]).__name__)
del c.__dict__
print(c.__dict__)
