class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), Both(3) in {Both(3)})
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), Ordered(1) > Ordered(0) if False else "gt skipped", max(Ordered(5), Ordered(7)))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print(e)
