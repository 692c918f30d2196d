def meta(name, bases, ns, **kw):
    print("meta func", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    ns["added"] = True
    return type(name, bases, ns)
class A(metaclass=meta, x=1):
    y = 2
print(A.added, A.y, type(A).__name__)
def returns_other(name, bases, ns):
    return 42
class B(metaclass=returns_other):
    pass
print(B)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)
class V(W, X): pass
print(type(V).__name__)
T = type("T", (A,), {"z": 3, "f": lambda self: self.z * 2})
print(T.__name__, T.__bases__, T().f(), T.__module__, T.__qualname__)
print(type(type), type(object), type(M3))
