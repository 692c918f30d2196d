class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v) * 10
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(2.7)
print(int(n), float(n), complex(n), round(n), round(n, 2))
print([10, 20, 30, 40][Num(0.1)], bin(Num(1)), hex(Num(2)), oct(Num(3)))
print(range(Num(1.5))[-1], repr("ab" * Num(0.2)))
class BadInt:
    def __int__(self): return "nope"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class NoIndex: pass
try:
    [1][NoIndex()]
except TypeError as e:
    print(e)
class IndexOnly:
    def __index__(self): return 3
print(int(IndexOnly()), float(IndexOnly()) if hasattr(float, "__index__") else "n/a")
