# isreadable, isrecursive, saferepr and PrettyPrinter.format.
import pprint


class Shown:
    def __repr__(self):
        return 'Shown()'


class I(int):
    pass


a = [1]
a.append(a)
for value in ([1, object()], [1, 'a', (1,), {1: 2}], 1.5, float('nan'), int,
              Shown(), {Shown()}, {1}, set(), frozenset({1}), True, None,
              b'x', bytearray(b'x'), 1j, ..., '', I(1), [I(1)], a, [a], [1],
              {'k': a}, (a,), [[1]], {}, (), []):
    print(pprint.saferepr(value).replace(str(id(a)), 'ID'),
          pprint.isreadable(value), pprint.isrecursive(value))
pp = pprint.PrettyPrinter(depth=1)
print(pp.isreadable([[1]]), pp.isrecursive([[a]]), pp.isrecursive([1]))
print(pp.format([[1]], {}, 1, 0))
print(pp.format([[1]], {}, 0, 0))
print(pp.format({'a': {'b': 1}}, {}, 1, 0))
print(pp.format((1, (2,)), {}, 1, 0))
print(pp.format((1, (2,)), {}, 2, 1))
text, readable, recursive = pp.format(a, {}, 0, 0)
print(text.replace(str(id(a)), 'ID'), readable, recursive)
text, readable, recursive = pp.format(a, {id(a): 1}, 0, 0)
print(text.replace(str(id(a)), 'ID'), readable, recursive)
print(pp.format(a, {}, 1, 1))
print(pp.format([a], {}, 1, 0))
print(pprint.saferepr({'b': 1, 'a': [{'d': 1, 'c': 2}]}))
print(pprint.saferepr(list(range(100))))
print(pprint.PrettyPrinter(sort_dicts=False).format({'b': 1, 'a': 2}, {},
                                                     0, 0))
