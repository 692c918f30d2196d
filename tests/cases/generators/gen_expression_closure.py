def make(n):
    return (i * n for i in range(3))
gens = [make(k) for k in (1, 10)]
print([list(g) for g in gens])
x = 5
g = (x + i for i in range(2))
x = 100
print(list(g))
