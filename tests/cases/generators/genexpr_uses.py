data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data), max(x for x in data if x % 2), min((x for x in data), default=-1))
print(sorted((x for x in data), key=lambda v: -v)[:3], any(x > 8 for x in data), all(x > 0 for x in data))
print(",".join(str(x) for x in data), list(x for x in data if x > 3))
print(dict((x, x * 2) for x in data[:3]), set(x % 3 for x in data))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def lazy():
    for i in range(3):
        print("produce", i)
        yield i
g = (v * 10 for v in lazy())
print("created")
print(next(g))
print(list(g))
