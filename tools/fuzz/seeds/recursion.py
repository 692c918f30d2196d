import sys


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("recursion", e)

sys.setrecursionlimit(100)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) < 100)
nested = []
for _ in range(50):
    nested = [nested]
print(repr(nested)[:20])
