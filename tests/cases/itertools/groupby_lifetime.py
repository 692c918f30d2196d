from itertools import groupby
g = groupby('aaabbbccc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), next(g2))
k3, g3 = next(g)
print(list(g2), list(g3))
print(next(g, 'end'), list(g1))
g = groupby([1, 2, 3])
groups = [grp for k, grp in g]
print([list(x) for x in groups])
g = groupby('aabb')
k, grp = next(g)
del g
print(list(grp))
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('cmp', self.v, o.v)
        return self.v == o.v
    def __hash__(self): return 0
items = [Key(1), Key(1), Key(2)]
print([(k.v, len(list(v))) for k, v in groupby(items)])
def bad_eq():
    class E:
        def __eq__(self, o): raise ValueError('no eq')
    return [E(), E()]
try: print(list(groupby(bad_eq())))
except ValueError as e: print(e)
