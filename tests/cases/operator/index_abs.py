import operator as op
class I:
    def __index__(self): return 7
class BadI:
    def __index__(self): return 'x'
class SubInt(int): pass
print(op.index(5), op.index(True), op.index(I()), type(op.index(SubInt(3))).__name__, op.index(2**80))
for x in [1.0, '1', BadI(), None]:
    try: op.index(x)
    except TypeError as e: print(e)
print(op.abs(-3), op.abs(-2.5), op.abs(3 + 4j), op.abs(True), op.neg(True), op.pos(-0.0), op.invert(5))
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
u = U()
print(op.neg(u), op.pos(u), op.abs(u), op.invert(u), op.inv(u))
for f in (op.neg, op.pos, op.abs, op.invert):
    try: f('s')
    except TypeError as e: print(e)
