import itertools as it
a = None
def src():
    yield 1
    yield next(a)
a, b = it.tee(src())
print(next(a))
try: print(next(a))
except RuntimeError as e: print('RuntimeError', e)
g = None
def keyed(x):
    if x == 2 and g is not None:
        try: next(g)
        except Exception as e: print('inner', type(e).__name__)
    return x
g = it.groupby([1, 2, 2, 3], key=keyed)
print([(k, list(v)) for k, v in g])
c = None
def inner():
    yield 'x'
    try: next(c)
    except ValueError as e: print('ValueError', e)
    yield 'y'
c = it.chain(inner())
print(list(c))
z = None
def feeds():
    yield 1
    print(list(z))
    yield 2
z = it.zip_longest(feeds(), 'ab')
print(list(z))
