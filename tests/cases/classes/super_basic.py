class A:
    def f(self):
        return "A.f"
    def g(self, x):
        return f"A.g({x})"
class B(A):
    def f(self):
        return "B.f+" + super().f()
    def g(self, x):
        return "B.g+" + super(B, self).g(x * 2)
class C(B):
    def f(self):
        return "C.f+" + super().f()
c = C()
print(c.f())
print(c.g(3))
print(super(C, c).f())
print(super(B, c).f())
s = super(B, c)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
print(repr(super(B, c)))
print(repr(super(B)))
class D(A):
    def __init__(self, v):
        super().__init__()
        self.v = v
    def __repr__(self):
        return f"D({self.v}) " + super().__repr__()[:12]
print(repr(D(5)))
