from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2, 'x'), ('a', 2, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(2)), list(map(itemgetter(0), rows)))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return f'P({self.name!r}, {self.age})'
    def greet(self, greeting='hi', *, punct='!'): return f'{greeting} {self.name}{punct}'
ps = [P('bo', 30), P('al', 25), P('cy', 30)]
print(sorted(ps, key=attrgetter('age', 'name')), sorted(ps, key=attrgetter('name'), reverse=True))
print(list(map(methodcaller('greet'), ps)), methodcaller('greet', 'yo', punct='?')(ps[0]))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
d = [{'k': 2}, {'k': 1}]
print(sorted(d, key=itemgetter('k')))
g = itemgetter(0)
print(g('abc'), g([[1]]), g({0: 'zero'}))
try: g({})
except KeyError as e: print('KeyError', e)
class Chain:
    pass
c = Chain(); c.a = Chain(); c.a.b = Chain(); c.a.b.c = 'deep'
print(attrgetter('a.b.c')(c), attrgetter('a.b.c', 'a.b.c')(c))
try: attrgetter('a.x.c')(c)
except AttributeError as e: print(e)
try: methodcaller('nope')(c)
except AttributeError as e: print(e)
try: methodcaller('greet', 1, 2, 3)(ps[0])
except TypeError as e: print(e)
