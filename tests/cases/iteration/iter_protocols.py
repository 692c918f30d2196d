class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(2)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 5, 4]
print(list(calls))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], "ab")), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "x"])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("empty")
try:
    iter(5)
except TypeError as e:
    print(e)
