class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self): return f"Acc({self.items})"
a = Acc()
ref = a
a += 1
a += 2
a *= 2
print(a, a is ref)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
