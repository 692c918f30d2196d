from itertools import chain
def nested():
    for i in range(3):
        print('yield group', i)
        yield [i] * i
c = chain.from_iterable(nested())
print('made')
print(list(c))
print(list(chain.from_iterable(['ab', ('c',), {'d': 1}, range(1)])))
print(list(chain.from_iterable([])))
try: list(chain.from_iterable([1]))
except TypeError as e: print(e)
try: chain.from_iterable(5)
except TypeError as e: print(e)
print(chain.from_iterable.__name__, chain.from_iterable.__qualname__)
try: chain.from_iterable([], [])
except TypeError as e: print(e)
x = chain('ab')
print(iter(x) is x, next(x), next(x), next(x, None))
