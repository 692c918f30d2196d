# Slices by small ints and None of lists, tuples and strs (BINARY_SLICE and
# constant slices), at and past the edges, and of other types beside them.
lst = [0, 1, 2, 3, 4, 5]
tup = (0, 1, 2, 3, 4, 5)
s = "abcdef"
w = "a\u20acb\U0001f600c"
bounds = [None, 0, 1, -1, 3, -3, 6, 7, -7, 100, -100]
for obj in (lst, tup, s, w):
    rows = []
    for lo in bounds:
        for hi in bounds:
            rows.append(obj[lo:hi])
    print(type(obj).__name__, rows)
print(lst[1:], lst[:-1], lst[2:4], tup[1:], tup[:2], s[1:], s[:-2], w[1:3])
print(tup[:] is tup, s[:] is s, lst[:] is lst, tup[0:100] is tup, s[-100:] is s)
print(lst[True:], tup[:False], s[True:-1])
print(lst[2**70:], tup[-2**70:2], s[:2**64])
print(lst[::2], tup[::-1], s[1::2], lst[1:5:2])


class L(list):
    def __getitem__(self, k):
        return ("L", k)


class T(tuple):
    pass


print(L([1, 2, 3])[1:], T((1, 2, 3))[1:], type(T((1, 2, 3))[1:]).__name__)
print(b"abcdef"[1:3], bytearray(b"abcdef")[2:], range(10)[3:], memo if (memo := None) else "ok")
n = 2
print(lst[n:], lst[:n], tup[n:n + 2], s[-n:])
for bad in ("a", 1.5, [1]):
    try:
        lst[bad:]
    except TypeError as e:
        print("TypeError:", e)
big = list(range(1000))
print(sum(big[10:]), len(big[:-999]), big[500:503])
