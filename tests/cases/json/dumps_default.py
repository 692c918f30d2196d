# default: called for what JSON cannot write; its result is written in
# its place (containers too, and again through default), and its errors
# pass through.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def to_json(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    if isinstance(o, bytes):
        return Point(len(o), o.decode())
    raise TypeError(f'no way to write {type(o).__name__}')

doc = [Point(1, 2), {3, 1, 2}, frozenset(), 1 + 2j, b'ab', {'p': Point(0, [Point(5, 6)])}]
print(json.dumps(doc, default=to_json))
print(json.dumps(doc, default=to_json, indent=1))
print(list(json.JSONEncoder(default=to_json).iterencode(doc[:3])))
try:
    json.dumps([1, object()], default=to_json)
except TypeError as e:
    print('TypeError:', e, e.__notes__)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(Point(1, 2), default=vars))
print(json.dumps({1, 2}, default=list), json.dumps(range(3), default=list))
def bad(o):
    raise KeyError('zz')
for enc in (lambda v: json.dumps(v, default=bad), lambda v: ''.join(json.JSONEncoder(default=bad).iterencode(v))):
    try:
        enc([[1, {'k': object()}]])
    except KeyError as e:
        print('KeyError:', e, e.__notes__)
