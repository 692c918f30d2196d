import operator
print(operator.call(max, 1, 5, 2), operator.call(sorted, [3, 1], reverse=True), operator.call(dict, a=1))
for name, args in [('add', (1,)), ('add', (1, 2, 3)), ('neg', ()), ('setitem', ([], 0)), ('truth', (1, 2)), ('call', ()),
                   ('length_hint', (1, 2, 3)), ('not_', ())]:
    try: getattr(operator, name)(*args)
    except TypeError as e: print(e)
try: operator.add(a=1, b=2)
except TypeError as e: print(e)
for name in ['add', 'iadd', 'not_', 'truth', 'is_', 'contains', 'countOf', 'indexOf', 'getitem', 'setitem', 'delitem',
             'length_hint', 'index', 'call', 'concat', 'iconcat', 'is_none', 'abs', 'neg', 'inv', 'matmul', 'ipow']:
    f = getattr(operator, name)
    print(name, f.__name__, f.__qualname__, f.__module__, f.__text_signature__, repr(f.__doc__))
print(operator.__name__, operator.__doc__ == __import__('_operator').__doc__)
print(sorted(operator.__all__) == sorted(n for n in dir(operator) if not n.startswith('_')))
print(len(operator.__all__), [n for n in dir(operator) if n.startswith('__') and n.endswith('__') and callable(getattr(operator, n)) and n != '__loader__'])
