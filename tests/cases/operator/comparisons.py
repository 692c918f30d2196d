import operator as op
vals = [1, 1.0, 2, 'a', None, (1,), [1]]
for name in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    f = getattr(op, name)
    row = []
    for a in vals[:4]:
        for b in vals[:4]:
            try: row.append(int(f(a, b)))
            except TypeError as e: row.append('E')
    print(name, row)
try: op.lt(1, 'a')
except TypeError as e: print(e)
print(op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0))
class C:
    def __eq__(self, o): return 'custom'
    def __lt__(self, o): return NotImplemented
print(op.eq(C(), 1), op.ne(C(), 1))
try: op.lt(C(), C())
except TypeError as e: print(e)
