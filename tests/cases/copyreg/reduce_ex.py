# copyreg._reduce_ex: the protocol 0 and 1 reduction object.__reduce_ex__ uses.
import copyreg

class A:
    def __init__(self): self.x = 1
class Empty: pass
class L(list): pass
class I(int): pass
class G:
    __slots__ = ("a",)
    def __getstate__(self): return {"a": 1}
class S:
    __slots__ = ("a",)
class N:
    def __getstate__(self): return None
class Z:
    def __getstate__(self): return {}
class T:
    def __getstate__(self): return "text"
for obj in (A(), Empty(), L([3]), I(4), G(), N(), Z(), T()):
    r = copyreg._reduce_ex(obj, 0)
    print(type(obj).__name__, r[0] is copyreg._reconstructor, r[1:], r == copyreg._reduce_ex(obj, 1))
for obj in (1, "s", S(), [1]):
    try:
        print(copyreg._reduce_ex(obj, 0))
    except TypeError as e:
        print("TypeError:", e)
a = A()
print(a.__reduce_ex__(0)[1:] == copyreg._reduce_ex(a, 0)[1:], a.__reduce__()[1:])
