# List storage across the small/large boundary of the item array: growth by
# append and extend, shrinking by pop and del, slices (positive, negative,
# stepped, empty), concatenation, repetition and slice assignment.

lst = []
for i in range(200):
    lst.append(i)
    if i % 37 == 0:
        print(i, len(lst), lst[-1], sum(lst))
while lst:
    v = lst.pop()
    if v % 41 == 0:
        print("pop", v, len(lst))
print(lst)

big = list(range(150))
print(big[10:50] == list(range(10, 50)), big[-5:], big[:-145], big[::-1][:5], big[::37], big[-1:-10:-3])
print(big[140:10], big[5:5], big[200:], big[-200:3], big[::-60], big[1:100:33])
print(len(big[:62]), len(big[:63]), len(big[:64]), len(big[:100] + big[:100]), len(big[:31] * 3))
s = big[:]
s[10:20] = []
print(len(s), s[8:12])
s[5:5] = range(100)
print(len(s), s[4:7], s[104:107])
s[::2] = [0] * len(s[::2])
print(s[:6], len(s))
del s[::3]
print(s[:6], len(s))
del s[10:]
print(s)
s[2:4] = "abcdefghijklmnopqrstuvwxyz"
print(s)
s[:] = s
print(s[:3], len(s))
s[1:3] = s
print(len(s), s[:4])
del s[0]
del s[-1]
print(len(s), s[0], s[-1])
s.clear()
s.extend(range(70))
s.extend(x for x in range(70))
print(len(s), s[69], s[70], s[-1])
s *= 2
print(len(s))
s *= 0
print(s)
t = [1, 2, 3]
t *= 40
print(len(t), t[-3:])
t[10:] = ()
print(t)
u = [[]] * 3
u[0].append(1)
print(u)
print([1, 2] + [3], [] + [], [0] * 0, [None] * 2, list((1, 2, 3)), list(range(65))[60:])

# list subclasses keep their storage too
class L(list):
    pass
x = L(range(100))
x.append(100)
del x[:90]
print(x, type(x[1:3]).__name__, type(x + x).__name__, type(x * 2).__name__)

# sort of short and long lists, stable, with keys and reverse
import_order = [(k % 5, k) for k in range(40)]
for n in (0, 1, 2, 3, 31, 32, 33, 40):
    part = import_order[:n]
    print(n, sorted(part, key=lambda p: p[0])[:6], sorted(part, reverse=True)[:3])
print(sorted([3, 1, 2]), sorted((5, 4)), sorted("cba"), sorted([1.5, -2, 3]))

# a list changed during its sort
victim = [5, 3, 1]
def meddle(v):
    victim.append(v)
    return v
try:
    victim.sort(key=meddle)
except ValueError as e:
    print(e, victim)
victim = list(range(40, 0, -1))
def meddle2(v):
    victim.extend(range(100))
    return v
try:
    victim.sort(key=meddle2)
except ValueError as e:
    print(e, len(victim), victim[:3])
