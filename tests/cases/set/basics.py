# set: membership, algebra and methods on small ints (deterministic order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print(3 in a, 9 in a, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
print(s, len(s))
s.discard(99)
s.remove(1)
print(s, s.pop() in {2, 3, 5}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([3, 1, 2, 3, 1]), {x % 5 for x in range(20)}, frozenset([2, 1]))
print(sorted({"pear", "apple", "fig"}), len({"a", "a", "b"}))
print({1, 2} == {2, 1}, {1} != {1.0}, set("abc") == set("cba"))
