import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
print(op.iadd(1, 2), op.isub(5, 3), op.imul('ab', 2), op.itruediv(1, 4), op.ifloordiv(7, 2), op.imod(7, 3))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(4, 1), op.ixor(6, 3))
s = {1}
print(op.ior(s, {2}) is s, s)
t = (1,)
print(op.iconcat(t, (2,)), t)
l = [1]
print(op.iconcat(l, (2,)) is l, l)
for bad in [lambda: op.iconcat(1, 2), lambda: op.iconcat({}, {}), lambda: op.iadd([], 1), lambda: op.isub('a', 'b')]:
    try: bad()
    except TypeError as e: print(e)
class V:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(o); return self
v = V()
print(op.iadd(v, 5) is v, v.log, op.__iadd__ is op.iadd)
