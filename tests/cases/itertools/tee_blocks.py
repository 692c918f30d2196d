from itertools import tee, islice
a, b = tee(range(1000))
print(sum(a), sum(islice(b, 500)), sum(b))
a, b, c = tee(iter(range(200)), 3)
print(list(islice(a, 56, 59)), list(islice(b, 113, 116)), list(c)[-3:])
copies = []
t = tee('abcdefghij' * 20)[0]
for i in range(5):
    next(t)
    copies.append(t.__copy__())
print([''.join(islice(c, 3)) for c in copies])
print(len(list(t)), [len(list(c)) for c in copies])
