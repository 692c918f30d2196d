def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations("abcde")))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3, "A", "B", "C")))

def depth(n):
    if n == 0:
        yield 0
    else:
        for v in depth(n - 1):
            yield v + 1
print(list(depth(50)))

def subsets(s):
    if not s:
        yield ()
        return
    for rest in subsets(s[1:]):
        yield rest
        yield (s[0],) + rest
print(sorted(subsets((1, 2, 3))))
