# indent as a number of spaces, zero and negative included; the item
# separator loses its trailing space.
import json

doc = {'a': [1, 2, {'b': []}], 'c': {}, 'd': {'e': [[], [3]]}, 'f': 'x'}
for n in [0, 1, 2, 4, -1, -5]:
    print(repr(json.dumps(doc, indent=n)))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps(5, indent=3), json.dumps('s', indent=3))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps((1, 2), indent=True))
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print('TypeError:', e)
