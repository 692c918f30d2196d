from itertools import islice, count
data = 'ABCDEFG'
for args in [(2,), (2, 4), (2, None), (0, None, 2), (None,), (1, 6, 3), (10,), (3, 1), (None, None, None), (0,), (5, 5)]:
    print(args, list(islice(data, *args)), list(islice(data, *args)) == list(data[slice(*args)]))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 7, 4)), next(it))
consumed = []
def src():
    for i in range(20):
        consumed.append(i)
        yield i
print(list(islice(src(), 2, 10, 3)), consumed[-1])
s = islice(range(5), 2)
print(list(s), list(s))
class I:
    def __index__(self): return 2
print(list(islice('abcdef', I(), None, I())))
print(list(islice('abc', True)))
