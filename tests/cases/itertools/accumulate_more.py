from itertools import accumulate
import operator
data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data, operator.mul)), list(accumulate(data, max)), list(accumulate(data, min)))
print(list(accumulate(data, lambda bal, pay: bal * 1.05 + pay)))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=10)))
print(list(accumulate(['a', 'b'], initial='')), list(accumulate([(1,), (2,)], operator.add)))
a = accumulate(iter([1, 2, 3]))
print(next(a), list(a), list(a))
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Acc(self.v + o.v)
    def __repr__(self): return f'Acc({self.v})'
print(list(accumulate([Acc(1), Acc(2), Acc(3)])))
try: list(accumulate([1, None]))
except TypeError as e: print(e)
print(list(accumulate(iterable=[1, 2], func=operator.sub, initial=0)))
try: accumulate([1], operator.add, 0)
except TypeError as e: print(e)
