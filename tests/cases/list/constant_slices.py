# Slices with constant bounds (compiled to a constant slice object) over the
# built-in sequences, their subclasses and other classes.
class L(list):
    def __getitem__(self, k):
        return ("L", k, list.__getitem__(self, k))


class G:
    def __getitem__(self, k):
        return k


lst, tup, s = [1, 2, 3, 4, 5], (1, 2, 3, 4, 5), "héllo"
for seq in (lst, tup, s, [], (), "", L(lst)):
    print(repr(seq[1:]), repr(seq[:2]), repr(seq[-2:]), repr(seq[:-1]), repr(seq[2:1]), repr(seq[-10:10]))
    print(repr(seq[10**20:]), repr(seq[:-10**20]), repr(seq[::2]), repr(seq[1::-1]), repr(seq[:]))
print(G()[1:], G()[:2:3], G()[-1:])
a = lst[1:]
a.append(9)
print(lst, a, lst[:] is lst, tup[:] is tup)
for obj, bad in ((5, lambda o: o[1:]), (None, lambda o: o[:2]), ({}, lambda o: o[1:])):
    try:
        bad(obj)
    except TypeError as e:
        print("TypeError", e)
