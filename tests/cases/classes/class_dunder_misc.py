class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "short": return f"{self.cents // 100}$"
        return format(str(self), spec)
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __bool__(self): return self.cents != 0
    def __call__(self, factor): return Money(self.cents * factor)
m = Money(12345)
print(str(m), repr(m), f"{m}", f"{m:short}", f"{m:>10}", int(m), float(m), round(m))
print(bool(Money(0)), bool(m), m(2), [1, 2, 3][Money(1)], hex(Money(255)), bin(Money(5)))
