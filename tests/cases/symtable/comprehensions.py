# lib: symdump
# Comprehensions run in place (their names join the enclosing scope's),
# generator expressions that are scopes of their own, walrus targets.
from symdump import dump

dump('''
def f(data):
    squares = [x * x for x in data]
    evens = {y for y in data if y % 2}
    pairs = {k: v for k, v in data.items()}
    gen = (z for z in data)
    nested = [[a * b for b in data] for a in data]
    return squares, evens, pairs, gen, nested
''')
dump('''
def walrus(data):
    if any((hit := item) > 3 for item in data):
        return hit
    return [last := v for v in data], last
''')
dump('''
values = [n for n in range(10)]
total = sum(m for m in values)
class K:
    items = [q for q in values]
    gen = (r for r in values)
''')
dump('''
def cells():
    return [lambda: i for i in range(3)]
''')
