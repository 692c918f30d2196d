# Reprs of classes and their instances after __module__ / __qualname__ /
# __name__ are reassigned, including to objects that are not str.

class C:
    def m(self):
        pass

def show():
    print(repr(C()), repr(C), repr(C.m), repr(C().m).split(" of ")[0], C.__module__, C.__qualname__, C.__name__)

show()
for mod in (5, None, "builtins", "x.y", "__main__", b"b", "", 2.5):
    C.__module__ = mod
    show()

C.__module__ = "pkg.mod"
C.__qualname__ = "Outer.Inner"
show()
C.__name__ = "Renamed"
show()
C.__module__ = 7
show()

for bad in (5, None, b"x"):
    for attr in ("__qualname__", "__name__"):
        try:
            setattr(C, attr, bad)
        except TypeError as e:
            print(type(e).__name__, e)
for attr in ("__qualname__", "__module__", "__name__"):
    try:
        delattr(C, attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
show()

# __module__ given in the class body, and by type()
class F:
    __module__ = 3
print(repr(F), repr(F()))
G = type("G", (), {"__module__": None})
print(repr(G), repr(G()))
H = type("H", (), {"__module__": "m.n"})
print(repr(H), repr(H()))

# subclasses of built-in types fall back on object's repr through object.__repr__
class S(str):
    pass
class L(list):
    pass
for cls in (S, L):
    cls.__module__ = 42
    print(repr(cls), object.__repr__(cls()))
    cls.__module__ = "elsewhere"
    print(repr(cls), object.__repr__(cls()))

# messages that name the class
for mod in (5, None, "x.y", "builtins"):
    C.__module__ = mod
    for f in (lambda: C() + 1, lambda: len(C()), lambda: C()(), lambda: C().x, lambda: C.x,
              lambda: iter(C()), lambda: [][C()], lambda: C() < C()):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        with C():
            pass
    except TypeError as e:
        print(e)

# exceptions whose class has an odd __module__: repr, str, and the traceback
class E(Exception):
    pass
for mod in (5, None, "x.y", "builtins"):
    E.__module__ = mod
    print(repr(E("a")), str(E("b")), repr(E))
E.__module__ = 5
raise E("uncaught")
