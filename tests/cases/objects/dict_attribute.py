# The __dict__ attribute of functions, exceptions, modules, instances,
# namespaces and static/class methods: reading, replacing, deleting, errors.
import sys
SimpleNamespace = type(sys.implementation)

class D(dict):
    pass

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def f(): pass
class A: pass
class S:
    __slots__ = ("x",)
class E(Exception): pass
class AD(A): pass

objs = [("function", f), ("lambda", lambda: 0), ("exception", ValueError("v")), ("subexception", E()),
        ("instance", A()), ("subinstance", AD()), ("module", sys), ("namespace", SimpleNamespace(a=1)),
        ("staticmethod", staticmethod(f)), ("classmethod", classmethod(f))]

for name, o in objs:
    show((name, "get"), lambda: type(o.__dict__).__name__)
    show((name, "same"), lambda: o.__dict__ is o.__dict__)
    show((name, "set int"), lambda: setattr(o, "__dict__", 1))
    show((name, "set list"), lambda: setattr(o, "__dict__", []))
    if name not in ("module",):
        show((name, "set dict"), lambda: (setattr(o, "__dict__", {"k": 1}), o.k, sorted(o.__dict__)))
        show((name, "set subclass"), lambda: (setattr(o, "__dict__", D(j=2)), o.j, type(o.__dict__).__name__))
    show((name, "del"), lambda: (delattr(o, "__dict__"), sorted(o.__dict__)))
    show((name, "attr after"), lambda: (setattr(o, "zz", 5), o.__dict__.get("zz")))

show("slots get", lambda: S().__dict__)
show("slots set", lambda: setattr(S(), "__dict__", {}))
show("object get", lambda: object().__dict__)
show("int get", lambda: (1).__dict__)

# the descriptors themselves
for t in [type(f), BaseException, A]:
    d = t.__dict__.get("__dict__")
    show(("descr", t.__name__), lambda: (type(d).__name__, d.__name__, d.__objclass__.__name__))
show("descr doc", lambda: A.__dict__["__dict__"].__doc__)
show("descr get on wrong type", lambda: A.__dict__["__dict__"].__get__(1))
show("descr set on wrong type", lambda: type(f).__dict__["__dict__"].__set__(1, {}))

# exceptions: the dict travels with __reduce__ and is filled by __setstate__
e = ValueError(1)
e.note = "n"
print(e.__reduce__())
e2 = ValueError()
e2.__setstate__({"a": 1})
print(e2.__dict__)
