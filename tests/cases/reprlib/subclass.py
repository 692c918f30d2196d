# reprlib.Repr subclasses: overriding repr1 and the per-type methods, and aRepr.
import reprlib

class Upper(reprlib.Repr):
    def repr_str(self, x, level):
        return super().repr_str(x, level).upper()
    def repr1(self, x, level):
        return "<" + super().repr1(x, level) + ">"
u = Upper(maxlist=3)
print(u.repr(["abc", [1, 2, 3, 4], ("x",)]))
print(type(reprlib.aRepr).__name__, reprlib.repr.__self__ is reprlib.aRepr)
old = reprlib.aRepr.maxlist
reprlib.aRepr.maxlist = 2
print(reprlib.repr(list(range(5))))
reprlib.aRepr.maxlist = old
print(reprlib.repr(list(range(5))))
print([n for n in dir(reprlib.Repr) if n.startswith("repr")])
