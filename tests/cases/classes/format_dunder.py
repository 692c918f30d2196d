class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print("format spec", repr(spec))
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self): return f"Money({self.v})"
    def __repr__(self): return "Money!r"
m = Money(3.14159)
print(format(m), format(m, ".2f"), f"{m}", f"{m:>10.1f}", f"{m!s}", f"{m!r}")
print("{} {:.3f} {!r:>10}".format(m, m, m))
class Plain:
    def __str__(self): return "plain-str"
p = Plain()
print(format(p), f"{p}", f"{p!s:>12}")
try:
    format(p, "d")
except TypeError as e:
    print(e)
try:
    f"{p:10}"
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
class IntSub(int):
    pass
print(format(IntSub(255), "x"), f"{IntSub(7):05d}")
