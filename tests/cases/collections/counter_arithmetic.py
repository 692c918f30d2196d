from collections import Counter

a, b = Counter(a=3, b=1, c=0, d=-2), Counter(a=1, b=2, e=4, f=-1)
print(a + b, a - b, b - a, a | b, a & b, +a, -a, +b, -b)
print(a == b, a != b, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != {'a': 1})
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1, b=0),
      Counter(a=1) >= Counter(b=1), Counter() <= Counter(a=0))
for op in ('<', '<=', '>', '>='):
    try:
        eval('Counter(a=1) ' + op + ' {"a": 1}') if False else None
    except TypeError as e:
        print(e)
try:
    Counter(a=1) < {'a': 1}
except TypeError as e:
    print(e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print(e)
c = Counter(a=3, b=1)
c += Counter(a=-5, z=2)
print(c)
c -= Counter(z=1, q=3)
print(c)
c |= Counter(z=9, w=-1)
print(c)
c &= Counter(z=4)
print(c)
c = Counter(a=1)
c += {'a': 2}
print(c)


class Sub(Counter):
    pass


s = Sub('aab')
print(s, s.copy(), type(s.copy()).__name__, type(s + s).__name__, s.__reduce__()[0].__name__)
print(Counter('abc') == Sub('cba'))
