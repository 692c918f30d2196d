class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v <= o.v
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == 1, 1 == a, a != 1)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    1 >= a
except TypeError as e:
    print(e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())
print([x.v for x in sorted([V(3), V(1), V(2)])])
print(max(V(3), V(5)).v)
class NoEq: pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x != NoEq())
try:
    x < x
except TypeError as e:
    print(e)
class WeirdEq:
    def __eq__(self, o): return "truthy"
    def __ne__(self, o): return 0
print(WeirdEq() == 1, WeirdEq() != 1, [WeirdEq()] == [WeirdEq()])
print(WeirdEq() in [1, 2])
