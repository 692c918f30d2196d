# The __weakref__ attribute shows the first reference, or None
import weakref


class C:
    pass


class Slotted:
    __slots__ = ("__weakref__",)


c = C()
print(c.__weakref__)
r = weakref.ref(c, print)
print(c.__weakref__ is r)
plain = weakref.ref(c)
print(c.__weakref__ is plain, weakref.getweakrefs(c) == [plain, r])
s = Slotted()
print(s.__weakref__)
rs = weakref.ref(s)
print(s.__weakref__ is rs, "__weakref__" in dir(C), "__weakref__" in C.__dict__)
try:
    c.__weakref__ = 1
except AttributeError as e:
    print(e)
try:
    class Twice(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
