class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"R({self.v})"
    def __radd__(self, o): print("radd", o); return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rrshift__(self, o): return R(o >> self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
    def __rmatmul__(self, o): return R(("matmul", o))
r = R(3)
print(10 + r, 10 - r, 10 * r, 10 / r, 10 // r, 10 % r, 2 ** r)
print(1 << r, 64 >> r, 7 & r, 8 | r, 5 ^ r, [1] @ r)
print("ab" * R(2))
print(sum([R(1), R(2)]))
class L:
    def __add__(self, o): print("L.__add__"); return NotImplemented
class RR:
    def __radd__(self, o): print("RR.__radd__"); return "rr"
print(L() + RR())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
try:
    N() - 1
except TypeError as e:
    print(e)
try:
    2 ** N()
except TypeError as e:
    print(e)
print(pow(2, R(5)))
