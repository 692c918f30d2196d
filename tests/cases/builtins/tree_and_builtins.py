class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __repr__(self):
        return f"Node({self.val!r}, {len(self.children)})"

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), tree, sorted(tree, reverse=True))
print({n: n * n for n in tree}, {n % 2 for n in tree})
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(); c(); c(5); print(c())
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
s = Stack().push(1).push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(words, key=len), min(words), "-".join(reversed(words[:3])))
print(f"{'x':*^9}|{3.5:+.3e}|{1234567:,}|{0.25:.1%}|{255:#06x}")
print(divmod(-7, 2), -7 // 2, -7 % 2, 2 ** -1, round(2.675, 2), round(0.5), round(1.5))
print(int("0x1f", 16), int("  42  "), float("1e-3"), str(1e16), repr(0.1 + 0.2))
a, *b, c = range(6); print(a, b, c)
print(any(x > 3 for x in range(5)), all([]), sum(range(10), start=5))
print(list(zip("ab", range(3))), list(enumerate("xy", 1)), list(map(pow, [2, 3], [3, 2])))
g = (x * x for x in range(3)); print(next(g), list(g))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 20; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
print(sorted({3, 1, 2}), frozenset([1]), set(), {1: 2}.keys(), [].__class__)
import sys
print(sys.version_info[:2], sys.maxsize, type(sys.argv))
