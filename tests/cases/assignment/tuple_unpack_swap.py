a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = []
x.append(1)
print(y, z is x)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [10]
print(first, rest)
data = [(1, "one"), (2, "two")]
for num, (l0, *tail) in data:
    print(num, l0, tail)
