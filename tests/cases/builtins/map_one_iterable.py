# map over a single iterable: results, exhaustion, errors from the iterator
# and from the function, strict=True, and nesting.
import math


def gen():
    yield 1
    yield 2
    raise KeyError("from the iterator")


m = map(str, [1, 2, 3])
print(list(m), list(m), next(m, "done"))
print(list(map(math.sqrt, (4.0, 9.0, 16.0))), list(map(len, "")))
try:
    print(list(map(lambda x: x * 2, gen())))
except KeyError as e:
    print("KeyError", e)
m = map(lambda x: 1 / x, [1, 2, 0, 4])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(m), next(m, "end"))
print(list(map(abs, [-1, -2], strict=True)), list(map(str.upper, "ab", strict=True)))
try:
    list(map(pow, [1, 2], [3], strict=True))
except ValueError as e:
    print(e)
nested = range(5)
for _ in range(50):
    nested = map(lambda x: x + 1, nested)
print(list(nested))
try:
    math.fsum(map(math.sqrt, [1.0, -1.0]))
except ValueError as e:
    print(e)
print(math.fsum(map(float, ["0.1"] * 10)), sum(map(math.floor, [1.5, 2.5, -0.5])))
