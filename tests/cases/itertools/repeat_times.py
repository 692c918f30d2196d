from itertools import repeat
r = repeat('x', 5)
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(list(repeat(1, False)), list(repeat(2, True)), repr(repeat(3, True)))
class Idx:
    def __index__(self): return 2
print(list(repeat('i', Idx())))
for bad in [1.5, '2', None]:
    try: repeat(1, bad)
    except TypeError as e: print(e)
print(list(map(lambda x, y: x * y, range(4), repeat(3))))
lst = [1]
r = repeat(lst, 2)
a, b = list(r)
print(a is lst, b is lst)
