class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("Base setter", val)
        self._v = val
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
class Child2(Base):
    @property
    def v(self):
        return "child2 " + str(super().v)
    @v.setter
    def v(self, val):
        print("Child2 setter")
        Base.v.fset(self, val + 1)
c = Child()
c.v = 5
print(c.v)
d = Child2()
d.v = 10
print(d.v)
try:
    del d.v
except AttributeError as e:
    print(e)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
x = Cached()
print(x.value, x.value, x.calls)
print(Child.v is Base.v, Child.v.fset is Base.v.fset, Child.v.fget is Base.v.fget)
class P(property):
    pass
class Q:
    @P
    def val(self): return "P-val"
print(Q().val, type(Q.__dict__["val"]).__name__)
