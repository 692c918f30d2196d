from itertools import starmap
def gen_args():
    yield (1, 2)
    yield [3, 4]
    yield iter((5, 6))
    yield 'ab'
print(list(starmap(lambda a, b: (a, b), gen_args())))
print(list(starmap(max, [(1, 5, 3), (9,), range(3)])))
try: list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e: print(e)
s = starmap(divmod, [(7, 2), (9, 0), (5, 5)])
print(next(s))
try: next(s)
except ZeroDivisionError as e: print(e)
print(next(s), list(s))
class T(tuple): pass
print(list(starmap(lambda *a: a, [T((1, 2))])))
