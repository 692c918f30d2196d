# Dict subclasses: their items() decides what is written; broken items()
# results raise CPython's errors; OrderedDict keeps its order.
import json
from collections import OrderedDict, defaultdict, Counter

class Reordered(dict):
    def items(self):
        return sorted(super().items(), reverse=True)

print(json.dumps(Reordered(a=1, b=2, c=3)))
print(json.dumps(Reordered(a=1, b=2, c=3), sort_keys=True))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps(defaultdict(int, {'k': 1})), json.dumps(Counter('abca')))

class Triples(dict):
    def items(self):
        return [('x', 1, 3)]

class NotIterable(dict):
    def items(self):
        return 5

class Generated(dict):
    def items(self):
        return (kv for kv in [('g', 1)])

for cls in (Triples, NotIterable, Generated):
    try:
        print(json.dumps(cls(a=1)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps(NotIterable()))
