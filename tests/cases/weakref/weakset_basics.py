# WeakSet: members vanish when they die; set operations
import weakref


class M:
    def __init__(self, n):
        self.n = n


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
t = weakref.WeakSet(ms[2:])
print(len(s), len(t), ms[0] in s, ms[4] in s, 1 in s)
print(sorted(m.n for m in s | t), sorted(m.n for m in s & t), sorted(m.n for m in s - t),
      sorted(m.n for m in s ^ t))
print(s <= weakref.WeakSet(ms), s < weakref.WeakSet(ms), s == weakref.WeakSet(ms[:3]), s == set(ms[:3]),
      s.issubset(ms), s.issuperset(ms[:1]), s.isdisjoint(ms[3:]))
del ms[0]
print(len(s), sorted(m.n for m in s))
s.add(ms[3])
s.discard(ms[3])
s.remove(ms[1])
print(sorted(m.n for m in s), type(s.copy()).__name__, len(s.copy()))
try:
    s.remove(M(9))
except KeyError:
    print("KeyError")
u = s.union(ms)
print(type(u).__name__, len(u))
ms.clear()
print(len(s), len(t), len(u), list(u))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print(repr(e))
print(weakref.WeakSet[int], weakref.WeakSet.__hash__)
