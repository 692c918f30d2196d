# copyreg._reconstructor, __newobj__ and __newobj_ex__.
import copyreg

class C:
    def __init__(self): print("__init__ runs")
obj = copyreg._reconstructor(C, object, None)
print(type(obj).__name__, vars(obj))
class L(list):
    def __init__(self, *a): print("L.__init__"); super().__init__(*a)
r = copyreg._reconstructor(L, list, [1, 2])
print(type(r).__name__, r)
class I(int): pass
print(type(copyreg._reconstructor(I, int, 5)).__name__, copyreg._reconstructor(I, int, 5))
class St(str): pass
print(repr(copyreg._reconstructor(St, str, "abc")))
print(copyreg.__newobj__(list, [1]), copyreg.__newobj__(int), copyreg.__newobj__(tuple, "ab"))
print(copyreg.__newobj_ex__(dict, (), {"a": 1}), copyreg.__newobj_ex__(int, ("12",), {"base": 3}))
print(copyreg.__newobj_ex__.__doc__)
class K:
    def __new__(cls, *args, **kw):
        print("K.__new__", args, kw)
        return super().__new__(cls)
print(type(copyreg.__newobj__(K, 1, 2)).__name__, type(copyreg.__newobj_ex__(K, (1,), {"z": 3})).__name__)
try:
    copyreg.__newobj__(5)
except TypeError as e:
    print("TypeError:", e)
