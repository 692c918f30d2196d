# numbers.Rational: a small fraction type built on the ABC.
import numbers

def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a

class Frac(numbers.Rational):
    def __init__(self, n, d=1):
        g = gcd(n, d) or 1
        if d < 0: n, d = -n, -d
        self._n, self._d = n // g, d // g
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
    def __repr__(self): return f"Frac({self._n}, {self._d})"
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self._n * o._d + o._n * self._d, self._d * o._d)
    __radd__ = __add__
    def __neg__(self): return Frac(-self._n, self._d)
    def __pos__(self): return Frac(self._n, self._d)
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self._n * o._n, self._d * o._d)
    __rmul__ = __mul__
    def __truediv__(self, o): return self * Frac(o.denominator, o.numerator)
    def __rtruediv__(self, o): return Frac(o) / self
    def __pow__(self, e): return Frac(self._n ** e, self._d ** e)
    def __rpow__(self, b): return b ** float(self)
    def __abs__(self): return Frac(abs(self._n), self._d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else (self._n, self._d) == (o._n, o._d)
    def __hash__(self): return hash((self._n, self._d))
    def __lt__(self, o): return self._n * o.denominator < o.numerator * self._d
    def __le__(self, o): return self == o or self < o
    def __trunc__(self): return int(self._n / self._d)
    def __floor__(self): return self._n // self._d
    def __ceil__(self): return -(-self._n // self._d)
    def __round__(self, ndigits=None): return round(float(self), ndigits)
    def __floordiv__(self, o): return (self / o).__floor__()
    def __rfloordiv__(self, o): return (Frac(o) / self).__floor__()
    def __mod__(self, o): return self - o * (self // o)
    def __rmod__(self, o): return Frac(o) - self * (o // self)

h = Frac(1, 2)
third = Frac(1, 3)
print(h + third, h - third, 1 - h, h * 3, h / third, -h, abs(Frac(-3, 4)))
print(float(h), float(Frac(10**400, 3 * 10**399)), complex(h), h.real, h.imag, h.conjugate())
print(divmod(Frac(7, 2), 1), divmod(5, Frac(3, 2)), bool(h), bool(Frac(0)), h == Frac(2, 4))
print(Frac(7, 2).__floor__(), Frac(7, 2).__ceil__(), Frac(-7, 2).__trunc__(), round(Frac(7, 2)))
print(isinstance(h, numbers.Real), isinstance(h, numbers.Integral), h ** 2)
