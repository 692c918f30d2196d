# copy of objects whose classes mix __slots__ and __dict__ across inheritance.
import copy

class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b", "__dict__")
class C(B):
    pass
c = C()
c.a, c.b, c.extra = [1], [2], [3]
for fn in (copy.copy, copy.deepcopy):
    d = fn(c)
    print(fn.__name__, d.a, d.b, d.extra, d.a is c.a, d.extra is c.extra, type(d).__name__)
print(C.__slotnames__, c.__getstate__())
e = C()
e.b = "only b"
print(copy.copy(e).b, hasattr(copy.copy(e), "a"), e.__getstate__())
class P:
    __slots__ = ("__secret", "_P__other")
    def __init__(self): self.__secret = "s"
p = copy.deepcopy(P())
print(p._P__secret, hasattr(p, "_P__other"), P.__slotnames__)
