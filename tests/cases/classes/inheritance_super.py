class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
    def describe(self):
        return f"Base({self.name})"
class Mixin:
    def describe(self):
        return "Mixin+" + super().describe()
class Child(Mixin, Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return "Child+" + super().describe()
c = Child("c", 1)
print(c.describe(), [k.__name__ for k in Child.__mro__])
print(isinstance(c, Base), issubclass(Child, Mixin), Child.__bases__)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super(B, self).hello()
class C(B):
    def hello(self): return "C>" + super(B, self).hello()
print(C().hello())
