from itertools import compress, dropwhile, takewhile, filterfalse, starmap
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])), list(compress('ABCD', [0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', [1], ()])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))
it = iter([1, 2, 3, 4, 5])
tw = takewhile(lambda x: x < 3, it)
print(list(tw), next(it))
dw = dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])
print(next(dw), list(dw))
def boom(x):
    if x == 3: raise ValueError('pred failed')
    return x < 10
for cls in (dropwhile, takewhile, filterfalse):
    try: print(list(cls(boom, [1, 2, 3, 4])))
    except ValueError as e: print(cls.__name__, e)
class Truthy:
    def __bool__(self): raise RuntimeError('no truth')
try: list(compress([1], [Truthy()]))
except RuntimeError as e: print(e)
try: list(filterfalse(None, [Truthy()]))
except RuntimeError as e: print(e)
print(list(starmap(divmod, zip(range(10, 14), [3] * 4))))
