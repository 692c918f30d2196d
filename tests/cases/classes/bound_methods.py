class C:
    def m(self): return "m"
    @classmethod
    def cm(cls): return "cm"
    @staticmethod
    def sm(): return "sm"
c = C()
r = repr(c.m)
print(r.startswith("<bound method C.m of <__main__.C object at 0x"), r.endswith(">>"))
print(repr(C.cm))
print(repr(C.m).startswith("<function C.m at 0x"), repr(C.sm).startswith("<function C.sm at"))
print(c.m.__self__ is c, c.m.__func__ is C.m, c.m.__name__, c.m.__qualname__)
print(c.m == c.m, c.m is c.m, C().m == c.m, hash(c.m) == hash(c.m))
print(repr([].append)[:35], repr(int.__add__), repr((1).__add__)[:30])
print(repr(str.upper), repr("x".upper)[:35], repr(dict.fromkeys)[:45])
class R:
    def __repr__(self): return "R()"
    def go(self): pass
print(repr(R().go))
print(repr(object.__init__), repr(object.__str__))
print(type(c.m).__name__, type(C.m).__name__, type(C.cm).__name__, type([].append).__name__, type(int.__add__).__name__)
m = c.m
print(m())
class Outer:
    class In:
        def f(self): pass
print(repr(Outer.In.f)[:28])
print(repr(Outer.In().f)[:35])
