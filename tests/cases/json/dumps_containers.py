# Lists, tuples and dicts, nested and empty, in the default layout.
import json

values = [[], (), {}, [[]], [{}], {'a': []}, {'a': {}}, [1, 2, 3], (1, (2, (3,))),
          {'a': 1, 'b': [1, 2, {'c': None}]}, [[[[[]]]]], [{'x': [{'y': [{}]}]}],
          {'': ''}, {'k': (1, 2)}, [None, True, False, 0, 0.5, 'x']]
for v in values:
    print(json.dumps(v))
print(json.dumps(list(range(30))))
print(json.dumps({str(i): i * i for i in range(12)}))
