from operator import itemgetter
print(itemgetter(-1)('abc'), itemgetter(slice(None, None, -1))('abc'), itemgetter(2, 0)([10, 20, 30]))
print(itemgetter('k', 'j')({'j': 1, 'k': 2}), itemgetter((1, 2))({(1, 2): 'tuple key'}))
class G:
    def __getitem__(self, k): return ('got', k)
print(itemgetter(...)(G()), itemgetter(None, 1.5)(G()))
for obj, key in [([], 0), ({}, 'x'), (5, 0), ('s', 'a'), ([1], 1.0)]:
    try: itemgetter(key)(obj)
    except Exception as e: print(type(e).__name__, e)
getters = [itemgetter(i) for i in range(3)]
print([g('xyz') for g in getters])
rows = [(1, 'b'), (0, 'a'), (1, 'a')]
print(sorted(rows, key=itemgetter(0, 1)), min(rows, key=itemgetter(1)))

