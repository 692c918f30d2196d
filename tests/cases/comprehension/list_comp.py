# List comprehensions: filters, nesting, conditional expressions, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([[j for j in range(i)] for i in range(4)])
words = ["alpha", "beta", "gamma", "delta"]
print([w.upper() for w in words if "a" in w[1:]])
print([c for w in words for c in w if c in "lt"])
x = "outer"
print([x for x in "ab"], x)
k = 10
print([k * i for i in range(3)])
print([i for i in []], [None for _ in range(2)])
