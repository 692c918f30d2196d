from functools import reduce
import operator
print(reduce(operator.add, range(10)), reduce(operator.add, 'abc'), reduce(operator.add, [[1], [2]], [0]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(max, [3, 9, 2]), reduce(operator.mul, [], 1))
print(reduce(lambda a, b: a, iter([1, 2, 3])), reduce(operator.add, (), 'init'))
print(reduce(function=None, iterable=[1]) if False else 'kw skipped')
try: reduce(operator.add, [], initial=None) ; print('initial None ok')
except TypeError as e: print(e)
for bad in [lambda: reduce(), lambda: reduce(len), lambda: reduce(len, 1), lambda: reduce(None, [1, 2]),
            lambda: reduce(operator.add, [1, 'a']), lambda: reduce(operator.add, [], x=1),
            lambda: reduce(operator.add, [1], 2, 3), lambda: reduce(operator.add, [])]:
    try: print(bad())
    except TypeError as e: print(e)
class Once:
    def __iter__(self): return iter([5, 6])
print(reduce(operator.sub, Once(), 100))
print(reduce.__name__, reduce.__module__, reduce.__qualname__)
