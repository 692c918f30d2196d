import operator as op
pairs = [(7, 2), (7.5, 2), (-7, 2), (2, 10), (True, 3), (3, -1.5)]
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    row = []
    for a, b in pairs:
        try: row.append(getattr(op, name)(a, b))
        except Exception as e: row.append(type(e).__name__)
    print(name, row)
for name in ['neg', 'pos', 'invert', 'inv', 'abs', 'index', 'not_', 'truth']:
    row = []
    for a in [5, -2.5, True, 0, [], 'x']:
        try: row.append(getattr(op, name)(a))
        except Exception as e: row.append(f'{type(e).__name__}: {e}')
    print(name, row)
print(op.matmul.__name__, op.__matmul__ is op.matmul, op.__not__ is op.not_, op.__and__ is op.and_)
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __imatmul__(self, o): return 'imatmul'
print(op.matmul(M(), 1), op.matmul(1, M()), op.imatmul(M(), 1))
try: op.matmul(1, 2)
except TypeError as e: print(e)
