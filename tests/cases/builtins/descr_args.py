# Argument checking of property, staticmethod, classmethod, super, cell, module,
# frame, type's methods, str() and Interpolation(), compared with CPython.
# lib: argprobe
from argprobe import attempt as a
import sys

def first(doc):
    return repr(doc.partition("\n")[0] if doc else doc)

p = property(lambda s: 1)
for name in ("getter", "setter", "deleter", "__set_name__"):
    f = getattr(p, name)
    print(name, f.__text_signature__, first(f.__doc__))
    a(name + " 0", f)
    a(name + " 1", f, 1)
    a(name + " 3", f, 1, 2, 3)
    a(name + " kw", f, 1, x=1)
    a(name + " kw direct", lambda: getattr(p, name)(1, x=1))
for cls in (staticmethod, classmethod, property, super):
    print(cls.__name__, cls.__text_signature__)
    a(cls.__name__ + " 0", cls)
    a(cls.__name__ + " 5", cls, 1, 2, 3, 4, 5)
    a(cls.__name__ + " kw", cls, x=1)
a("property kw ok", property, fget=None, doc="d")
a("property twice", property, None, fget=None)

class S(staticmethod):
    pass

class C(classmethod):
    pass

a("S kw", S, x=1)
a("S 2", S, 1, 2)
a("C 2", C, 1, 2)

def outer():
    x = 1
    return lambda: x

cell = type(outer().__closure__[0])
a("cell 2", cell, 1, 2)
a("cell kw", cell, x=1)
print(cell(5).cell_contents)
print(type.__subclasses__.__text_signature__, type.mro.__text_signature__, first(type.mro.__doc__),
      first(type.__subclasses__.__doc__))
a("mro 1", int.mro, 1)
a("subclasses 1", int.__subclasses__, 1)
a("mro kw", int.mro, x=1)
print(type.__prepare__(), type.__prepare__("C", (), x=1))
fr = sys._getframe()
print(fr.clear.__text_signature__, first(fr.clear.__doc__))
a("clear 1", fr.clear, 1)
m = type(sys)
print(m.__text_signature__, m.__dir__.__text_signature__, first(m.__dir__.__doc__))
a("module 0", m)
a("module 3", m, "a", "b", "c")
a("module kw", m, "a", x=1)
a("module kw2", m, name="a", doc="d")
a("dir 1", sys.__dir__, 1)
print(list.__class_getitem__.__text_signature__)
a("class_getitem 0", list.__class_getitem__)
a("class_getitem 2", dict.__class_getitem__, 1, 2)
a("class_getitem kw", tuple.__class_getitem__, x=1)
print(list[int], list[int].__mro_entries__.__text_signature__)
a("mro_entries 0", list[int].__mro_entries__)
print(str.__text_signature__)
a("str 4", str, 1, 2, 3, 4)
a("str kw", str, x=1)
a("str twice", str, 1, object=1)
print(str(b"ab", "ascii"), str(object=5), str(b"x", errors="strict"))
GA = type(list[int])
print(GA.__text_signature__, GA.__mro_entries__.__text_signature__, GA.__dir__.__text_signature__)
a("GenericAlias 0", GA)
a("GenericAlias 3", GA, list, int, 3)
a("GenericAlias kw", GA, list, int, x=1)
U = type(int | str)
print(U.__mro_entries__.__text_signature__, U.__class_getitem__.__text_signature__)
a("Union class_getitem 0", U.__class_getitem__)
a("Union class_getitem 2", U.__class_getitem__, 1, 2)

# object's own methods and str's iterator

class A:
    pass

o = A()
print(object.__format__.__text_signature__, object.__dir__.__text_signature__, object.__init_subclass__.__text_signature__)
a("format 0", o.__format__)
a("format 2", o.__format__, "", "")
a("format int", o.__format__, 1)
a("format kw", o.__format__, format_spec="")
a("format ok", o.__format__, "")
a("dir 1", o.__dir__, 1)
a("init_subclass 1", A.__init_subclass__, 1)
a("init_subclass kw", A.__init_subclass__, x=1)
a("object init_subclass kw", object.__init_subclass__, x=1)

class B:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class C(B, x=1):
        pass
except TypeError as e: print(e)
a("striter hint", iter("ab").__length_hint__, 1)
print(type(iter("ab")).__length_hint__.__text_signature__)
