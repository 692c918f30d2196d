# Functions compare and hash by identity; bound methods compare by (self, func).
def f():
    pass

g = f
print(f == g, f is g, hash(f) == hash(g), f != (lambda: None))
print({f: 1}[g])

class A:
    def m(self):
        pass

a = A()
print(a.m == a.m, a.m is a.m, a.m == A().m, hash(a.m) == hash(a.m))
print(A.m is A.m, A.m == A.__dict__["m"])
print(a.m.__self__ is a, a.m.__func__ is A.m)
print(type(a.m).__name__, repr(a.m).startswith("<bound method A.m of <__main__.A object at 0x"))
