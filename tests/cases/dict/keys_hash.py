# Keys of many types; unhashable keys raise TypeError.
d = {}
for k in [0, -1, 2 ** 70, 0.5, "s", "", (1, (2, 3)), None, True, ()]:
    d[k] = repr(k)
print(d)
print(d[0.0], d[False] if False in d else "no False", d[(1, (2, 3))])
try:
    d[[1, 2]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError:", e)
big = {}
for i in range(1000):
    big[str(i)] = i
print(len(big), big["999"], sum(big.values()))
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5])
