# reprlib: other objects through repr_instance, and failing reprs.
import reprlib

class X:
    def __repr__(self): return "X" * 50
class Short:
    def __repr__(self): return "short"
class Bad:
    def __repr__(self): raise ValueError("boom")
R = reprlib.repr
print(R(X()), R(Short()), R([X(), Short()]))
s = R(Bad())
print(s.startswith("<Bad instance at 0x"), s.endswith(">"))
class list2(list): pass
print(R(list2(range(10))))
class deque:
    def __repr__(self): return "mydeque" * 10
print(R(deque()))
class MyRepr(reprlib.Repr):
    def repr_Foo(self, x, level): return "FOO%d" % level
    def repr_int(self, x, level): return "int!"
class Foo: pass
print(MyRepr().repr([Foo(), 1, (Foo(),)]))
import types
Spaced = types.new_class("my  type")
Spaced.__repr__ = lambda self: "spaced repr"
class MyRepr2(reprlib.Repr):
    def repr_my_type(self, x, level): return "handled " + str(level)
print(MyRepr2().repr(Spaced()), R(Spaced()))
class Angry:
    def __repr__(self): raise KeyboardInterrupt
try:
    R(Angry())
except KeyboardInterrupt:
    print("KeyboardInterrupt passes through")
