# Hooks and default() that change what is being encoded or decoded:
# results as CPython's, never a crash.
import json

items = [1, object(), 3, 4]
def shrink(o):
    items.clear()
    return 'gone'
print(json.dumps(items, default=shrink), items)

grow = [object(), 2]
def extend(o):
    grow.append(len(grow))
    return 'x' if len(grow) < 6 else None
print(json.dumps(grow, default=extend))

d = {'a': object(), 'b': 2}
def drop(o):
    d.pop('b', None)
    return 'dropped'
try:
    print(json.dumps(d, default=drop))
except RuntimeError as e:
    print('RuntimeError:', e)

seen = []
def keep(pairs):
    seen.append(pairs)
    pairs.append(('extra', len(seen)))
    return dict(pairs)
print(json.loads('[{"a": 1}, {"b": {"c": 2}}]', object_pairs_hook=keep))
print(seen)

dec = json.JSONDecoder(object_hook=lambda o: dec.decode('{"inner": 1}') if 'outer' in o else o)
print(dec.decode('[{"outer": 1}, {"x": 2}]'))
