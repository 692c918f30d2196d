# list() and extend() of sized iterables reserve their length first: an
# impossible length is a MemoryError at once; errors of __len__ other than
# TypeError propagate; a __len__ that lies only costs room.
for make in (lambda: [0] * 10 ** 12, lambda: [[], 1] * (10 ** 12 // 2), lambda: list(range(10 ** 12)), lambda: list(range(2 ** 62)), lambda: [].extend(range(2 ** 61))):
    try:
        make()
    except MemoryError:
        print("MemoryError")

class Lying:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __iter__(self): return iter("abc")

print(list(Lying(0)), list(Lying(1000)), list(Lying(2)))

class BadLen:
    def __len__(self): raise ValueError("no length")
    def __iter__(self): return iter([1, 2])

try:
    list(BadLen())
except ValueError as e:
    print("ValueError:", e)

class TypeLen:
    def __len__(self): raise TypeError("ignored")
    def __iter__(self): return iter([3, 4])

print(list(TypeLen()))

class NotIterable:
    def __len__(self): raise ValueError("never called")

try:
    list(NotIterable())
except TypeError as e:
    print("TypeError:", e)

l = [1]
l.extend({"a": 1, "b": 2})
l += range(3)
print(l, list({1, 2, 3}), list("xyz"), list(b"ab"))
