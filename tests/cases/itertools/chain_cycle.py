from itertools import chain, cycle, islice
print(list(chain()), list(chain('ab', [1, 2], (3,), range(2))), list(chain.from_iterable(['xy', 'z', []])))
c = chain('a', 'b')
print(next(c), list(c), list(c))
def gen():
    yield 'g1'
    yield 'g2'
print(list(chain(gen(), gen())))
lazy = chain.from_iterable(iter([1, 2]) for _ in range(3))
print(list(lazy))
bad = chain([1], 5, [2])
print(next(bad))
try: next(bad)
except TypeError as e: print(e)
print(next(bad, 'exhausted after the error'))
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
seen = []
def source():
    for x in 'xyz':
        seen.append(x)
        yield x
cy = cycle(source())
print([next(cy) for _ in range(7)], seen)
class C(chain): pass
print(type(C.from_iterable([[1]])).__name__, list(C('ab', 'c')))
def err():
    yield 1
    raise KeyError('in chain')
try: list(chain(err(), [2]))
except KeyError as e: print('KeyError', e)
print(list(chain(*[[i] * i for i in range(4)])))
