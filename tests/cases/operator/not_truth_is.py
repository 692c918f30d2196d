import operator as op
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): print('bool called'); return self.v
class L:
    def __len__(self): return 0
class Bad:
    def __bool__(self): raise ValueError('no bool')
for x in [0, 1, '', 'a', [], [0], None, B(True), B(False), L(), 0.0, float('nan')]:
    print(repr(x) if not isinstance(x, (B, L)) else type(x).__name__, op.not_(x), op.truth(x))
for f in (op.not_, op.truth):
    try: f(Bad())
    except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: op.truth(BadBool())
except TypeError as e: print(e)
a = [1]
print(op.is_(a, a), op.is_(a, [1]), op.is_not(a, [1]), op.is_none(a), op.is_not_none(None))
