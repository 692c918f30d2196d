# WeakSet in-place operators, pop, clear, equality and repr
import weakref


class E:
    pass


es = [E() for _ in range(4)]
s = weakref.WeakSet(es[:2])
s |= es[2:3]
print(len(s))
s -= es[:1]
print(len(s), es[0] in s)
s &= es[1:]
print(len(s))
s ^= es[2:]
print(len(s), es[3] in s)
s.symmetric_difference_update(es[3:])
s.intersection_update(es)
s.difference_update([])
print(len(s))
x = s.pop()
print(x in es, len(s))
s.update(es)
s.clear()
print(len(s), repr(s), s == weakref.WeakSet(), s != weakref.WeakSet(es))
print(s.__eq__(set()), weakref.WeakSet(es) == weakref.WeakSet(es))
print(weakref.WeakSet(es).__reduce__()[0].__name__, len(weakref.WeakSet(es).__reduce__()[1][0]))
s2 = weakref.WeakSet(es)
s2 -= s2
print(len(s2))
