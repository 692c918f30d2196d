# gc.collect() returns how many unreachable objects it found
import gc

gc.disable()


class Node:
    pass


print(gc.collect())
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect())
ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 10]
del ring, n
print(gc.collect())
me = Node()
me.me = me
del me
print(gc.collect(), gc.collect())
lst = []
lst.append(lst)
del lst
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(e)
try:
    gc.collect("x")
except TypeError as e:
    print(type(e).__name__)
