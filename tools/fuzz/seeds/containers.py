lst = [5, 3, 8]
lst.append(1)
lst.extend([9, 0])
lst.insert(2, 7)
lst.remove(8)
print(lst, lst.pop(), lst.pop(0), lst.index(7), sorted(lst, reverse=True), lst[::-1])
lst[1:3] = ["a", "b", "c"]
del lst[0]
print(lst, lst * 2, [0] * 3, lst.count("a"))

d = {"b": 2, "a": 1}
d["c"] = 3
d.update(z=26)
print(d, d.get("q", -1), d.pop("b"), list(d.items()), d.setdefault("n", []), "a" in d)
print({**d, "a": 100}, dict(zip("xy", (1, 2))), d | {"w": 0})

s = {3, 1, 2}
s.add(5)
s.discard(1)
print(s, s | {9}, s & {2, 3}, s - {3}, s ^ {2, 7}, frozenset("aab"), {1, 2} <= {1, 2, 3})
t = (1, 2, 3)
x, *y = t
print(t + (4,), t[1:], x, y, t.index(2), tuple(reversed(t)), hash(t) == hash((1, 2, 3)))
a, b = 1, 2
a, b = b, a
print(a, b, [1, [2, [3]]] == [1, [2, [3]]], list(range(10, 0, -3)), range(5)[2:], slice(1, 5, 2))
