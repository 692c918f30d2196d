# object.__reduce_ex__, __reduce__ and __getstate__ as copy and pickle see them.
import copyreg

class A:
    def __init__(self): self.x = 1
class E: pass
class S:
    __slots__ = ("a", "b")
class L(list): pass
class I(int): pass
a = A()
for proto in range(6):
    print(proto, a.__reduce_ex__(proto)[1:])
print(E().__reduce_ex__(2)[1:], E().__reduce_ex__(0)[1:], E().__getstate__())
print(a.__getstate__() is a.__dict__)
s = S(); s.b = 2
print(s.__getstate__(), s.__reduce_ex__(3)[1:])
l = L([1]); print(l.__reduce_ex__(2)[1:3], list(l.__reduce_ex__(2)[3]), l.__reduce_ex__(2)[4])
print(I(7).__reduce_ex__(2)[1:], I(7).__reduce_ex__(1)[1:])
print({1: 2}.__reduce_ex__(2)[1:4], list({1: 2}.__reduce_ex__(2)[4]))
for proto in ["2", 2.0, None, 2**80, -2**80]:
    try:
        print(a.__reduce_ex__(proto))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(a.__reduce_ex__(-1)[0] is copyreg._reconstructor, a.__reduce_ex__(2)[0] is copyreg.__newobj__)
print(object.__reduce_ex__.__doc__, object.__reduce__.__doc__, object.__getstate__.__doc__)
print(len.__reduce__(), [].append.__reduce__()[1], (1).__reduce_ex__(2)[1])
def func(): pass
for obj in [func, iter([]).__class__]:
    try:
        print(obj.__reduce_ex__(2))
    except TypeError as e:
        print("TypeError:", e)
class OverReduce:
    def __reduce__(self): return ("custom",)
print(OverReduce().__reduce_ex__(2), OverReduce().__reduce_ex__(0))
inst = A()
inst.__reduce__ = lambda: "instance"
print(inst.__reduce_ex__(2)[0] is copyreg.__newobj__)
