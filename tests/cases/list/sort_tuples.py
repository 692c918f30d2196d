# Sorting exact tuples (the items as they are, or keys such as itemgetter(1, 0)):
# the result and the errors are tuple comparison's.
nan = float('nan')
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,), (), (1, 'z', 0)]))
print(sorted([('b', 2.5), ('a', 3), ('b', 1), ('a', 2.5), ('a', True)]))
print(sorted([(1, nan), (1, 0.5), (0, nan), (1, -1.0)]))
n1 = (nan,)
print(sorted([n1, (1.0,), n1, (0.0,)]))
print(sorted([((1, 2), 'x'), ((1,), 'y'), ((0, 5), 'z')]))
print(sorted([(2**70, 'big'), (1, 'small'), (-2**70, 'neg')]))
class S(str): pass
print(sorted([(S('b'), 1), (S('a'), 2), ('a', 1)]))
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, o.v); return self.v == o.v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __repr__(self): return f'L{self.v}'
print(sorted([(1, Loud(2)), (1, Loud(1)), (0, Loud(3))]))
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
try: sorted([(1, None), (1, None)]); print('identical None: no comparison')
except TypeError as e: print(e)
try: sorted([(1, [None]), (1, [None])])
except TypeError as e: print(e)
class Bad:
    def __eq__(self, o): raise ValueError('eq fails')
try: sorted([(Bad(),), (Bad(),)])
except ValueError as e: print(e)
rows = [(i % 7, 'n%d' % (i % 5), i) for i in range(40)]
print(sorted(rows, reverse=True)[:6], sorted(rows, key=lambda r: (r[1], -r[0]))[:4])
words = [('x', 1.5), ('x', 1), ('y', 0)]
print(sorted(words), max(words), min(words))
