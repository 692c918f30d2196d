from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v if isinstance(o, V) else NotImplemented
    def __gt__(self, o): return self.v > o.v if isinstance(o, V) else NotImplemented
    def __repr__(self): return f'V({self.v})'
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), sorted([V(3), V(1), V(2)]))
print(V.__lt__.__name__, V.__le__.__doc__, V.__ge__.__qualname__)
try: V(1) < 1
except TypeError as e: print(e)
for op in ['__le__', '__ge__']:
    class W:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
    setattr(W, op, (lambda o: lambda self, other: getattr(self.v, o)(other.v))(op))
    W = total_ordering(W)
    print(op, [W(1) < W(2), W(2) > W(1), W(1) <= W(1), W(3) >= W(2)])
@total_ordering
class Both:
    def __lt__(self, o): return True
    def __gt__(self, o): return False
    def __eq__(self, o): return False
print(Both.__le__.__name__, Both.__ge__.__name__, Both() <= Both())
class Base:
    def __lt__(self, o): return 'base'
@total_ordering
class Derived(Base):
    pass
print(Derived.__gt__.__name__, Derived() > Derived())
