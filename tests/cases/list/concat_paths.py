# list + list: exact lists, subclasses with reflected operators, aliases,
# temporaries, and the errors of mixed operands.
class L(list):
    def __radd__(self, other):
        return "L.__radd__"


class M(list):
    def __add__(self, other):
        return "M.__add__"


a = [1, 2]
b = [3]
c = a + b
print(c, a, b, c is a, c is b)
print(a + a, a)
print([] + [], [0] + [], [] + [0])
print(a + L([9]))          # the subclass's __radd__ comes first
print(M([1]) + a)
print(type(L([1]) + [2]).__name__, L([1]) + [2])
t = a[:1] + a[1:]          # two temporaries
print(t, a)
x = [[0]] * 2 + [[1]]
x[0].append(5)
print(x)
s = a
s += [7]
print(a, s is a)
for bad in ((1,), "s", None, 1):
    try:
        [1] + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
big = list(range(100))
print(len(big + big), (big + [1])[-3:])
