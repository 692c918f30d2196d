# sort_keys: sorted by the keys (ties can never happen with str keys);
# keys of types that do not compare raise TypeError.
import json

print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': [{'q': 1, 'p': 2}]}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({2.5: 1, 1.5: 2}, sort_keys=True))
print(json.dumps({'B': 1, 'a': 2, '_': 3, '\xe9': 4, '1': 5}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=False))
for d in [{1: 2, 'a': 3}, {None: 1, 'a': 2}, {True: 1, 'x': 0}, {(1,): 1, 'a': 2}]:
    try:
        print(json.dumps(d, sort_keys=True))
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(list(json.JSONEncoder(sort_keys=True, skipkeys=True).iterencode(d)))
    except TypeError as e:
        print('chunked TypeError:', e)
