class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("@", self.v, o); return self
a = Acc(10)
orig = a
a += 5; a -= 3; a *= 4; a //= 5; a **= 2; a %= 7; a <<= 3; a >>= 1; a &= 6; a |= 9; a ^= 3
print(a, a is orig)
a /= 2
print(a)
a @= 1
print(a)
class Fallback:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("add"); return Fallback(self.v + o)
    def __iadd__(self, o): print("iadd NotImplemented"); return NotImplemented
f = Fallback(1)
g = f
f += 2
print(f.v, g.v, f is g)
class OnlyAdd:
    def __add__(self, o): return "added"
x = OnlyAdd()
x += 1
print(x)
class Ret:
    def __iadd__(self, o): return "something else"
r = Ret()
r += 1
print(r)
class RL:
    def __radd__(self, o): return "RL.radd"
y = 5
y += RL()
print(y)
n = None
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n @= 1
except TypeError as e:
    print(e)
