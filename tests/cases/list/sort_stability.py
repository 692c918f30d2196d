# sorted() is stable, honours key and reverse, and leaves the input alone.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(people[0])
data = [9, -3, 7, 0, -3, 12, 5, 5, -8]
print(sorted(data), sorted(data, key=abs), sorted(data, reverse=True), sorted(data, key=lambda v: v % 4))
big = [(i * 7919) % 1009 for i in range(300)]
s = sorted(big)
print(s[:10], s[-5:], len(s), s == sorted(s))
print(sorted([3.5, 1, 2.25, -1e10, 10 ** 20]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}))
