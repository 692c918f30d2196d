class F(float):
    def __repr__(self): return f"F({float.__repr__(self)})"
f = F(1.5)
print(f, repr(f), f + 1, type(f + 1).__name__, f * 2, -f, abs(F(-2.0)), type(abs(F(-2.0))).__name__)
print(f == 1.5, hash(f) == hash(1.5), f.is_integer(), F("2.5"), F(), round(F(2.567), 2))
class P(float): pass
p = P(3.25)
print(p, repr(p), p.as_integer_ratio(), int(p), f"{p:.1f}", p.hex())
class WithInit(float):
    def __init__(self, v):
        self.orig = v
w = WithInit("4.5")
print(w, w.orig)
class C(complex): pass
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, c.real, c.imag)
