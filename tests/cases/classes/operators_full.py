class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def _map(self, o, f):
        if isinstance(o, V): return V(*(f(a, b) for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(f(a, o) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __radd__(self, o): return self._map(o, lambda a, b: b + a)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._map(o, lambda a, b: b - a)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map(o, lambda a, b: a % b)
    def __pow__(self, o): return self._map(o, lambda a, b: a ** b)
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __and__(self, o): return self._map(o, lambda a, b: a & b)
    def __or__(self, o): return self._map(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map(o, lambda a, b: a ^ b)
    def __lshift__(self, o): return self._map(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map(o, lambda a, b: a >> b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __bool__(self): return any(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, a - 1, 10 - a, 2 * a, a * 2, b / 2, b // 2, b % 3, a ** 2, -a, +a, abs(V(-1, 2)), ~a)
print(a & b, a | b, a ^ b, a << 1, b >> 1, a @ b, a == V(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[1], 2 in a, 5 in a, bool(V(0, 0)), list(a), {a: 1}[V(1, 2)])
x = a
x += b
print(x, a)
try:
    a + "s"
except TypeError as e:
    print(e)
