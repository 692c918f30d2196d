class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("__eq__ called")
        return isinstance(o, OnlyEq) and self.v == o.v
a, b = OnlyEq(1), OnlyEq(1)
print(a != b)
print(a != OnlyEq(2))
class EqNotImpl:
    def __eq__(self, o): return NotImplemented
x = EqNotImpl()
print(x == x, x != x, x == EqNotImpl(), x != 3)
class Reverse:
    def __eq__(self, o):
        print("Reverse.__eq__", type(o).__name__)
        return "reverse"
print(1 == Reverse(), "s" != Reverse(), None == Reverse())
class Sub(OnlyEq):
    def __eq__(self, o):
        print("Sub.__eq__")
        return False
print(OnlyEq(1) == Sub(1))
print([1, a] == [1, b], (a,) == (b,), {1: a} == {1: b})
print(a in [b], [a].count(b), [b].index(a))
