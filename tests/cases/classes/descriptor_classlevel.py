class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, owner):
        return (self.v, obj is None, owner.__name__)
class Meta(type):
    data = Const("meta")
class C(metaclass=Meta):
    attr = Const("cls")
print(C.attr, C().attr, C.data)
class Typed:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class P:
    a = Typed()
    b = Typed()
p = P()
p.a = 1
p.b = 2
print(p.a, p.b, sorted(vars(p)), isinstance(P.a, Typed))
C.attr = "replaced"
print(C.attr, C().attr)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class U:
    @Method
    def twice(self, x): return x * 2
print(U().twice(21), type(U.twice).__name__)
