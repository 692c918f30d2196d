# Dict and set comprehensions.
print({n: n ** 3 for n in range(6)})
print({w: len(w) for w in ["one", "three", "five", "three"]})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 7 for x in range(30)})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({i: [j for j in range(i)] for i in range(4) if i})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], len(grid), sum(grid.values()))
