from itertools import cycle, islice
c = cycle(iter([1, 2, 3]))
print(list(islice(c, 10)))
src = [1, 2]
c = cycle(src)
print(next(c), next(c))
src.append(3)
print([next(c) for _ in range(4)])
def once():
    yield 'a'
    yield 'b'
c = cycle(once())
print(list(islice(c, 5)))
def failing():
    yield 1
    raise KeyError('cycle source')
c = cycle(failing())
print(next(c))
try: next(c)
except KeyError as e: print('KeyError', e)
print(next(c, 'after'), next(c, 'after'))
