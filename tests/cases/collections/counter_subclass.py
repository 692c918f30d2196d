from collections import Counter


class Multiset(Counter):
    def __repr__(self):
        return '{' + ', '.join(f'{k}*{v}' for k, v in sorted(self.items())) + '}'


m = Multiset('mississippi')
print(m, m + Multiset('sip'), m - Multiset('ss'), m & Multiset('ppp'), m | Multiset('zzz'))
print(type(m + m).__name__, type(m.copy()).__name__)
m['x'] = 0
print(+m, -Multiset({'q': -2}), m.total(), m == Counter('mississippi'))
print(m.most_common(2), sorted(m.elements())[:5])
c = Counter(a=1, b=2)
c['a'] -= 1
print(c, c.most_common(), +c)
c2 = Counter({'a': 3.5, 'b': 0.5})
print(c2, c2.total(), c2 + Counter(a=1))
c3 = Counter(['x', 'y', 'x'])
c3.update(['x'], y=5)
print(c3, c3.subtract(x=1) or c3)
print(Counter('abc') == Counter('cba'), Counter(a=0) == Counter(), Counter(a=0) != Counter())
print(Counter() <= Counter(), Counter(a=1) >= Counter(), Counter(a=-1) <= Counter())
