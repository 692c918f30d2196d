# NaN and the infinities: written as JavaScript words when allowed, a
# ValueError naming the value otherwise; also as dict keys.
import json

inf = float('inf')
nan = float('nan')
for v in [nan, inf, -inf, [nan, inf, -inf], {'x': -inf}, {inf: 1, -inf: 2, nan: 3}]:
    print(json.dumps(v))
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps([1e400, -1e400]))
for v in [inf, -inf, nan]:
    try:
        list(json.JSONEncoder(allow_nan=False).iterencode([v]))
    except ValueError as e:
        print('chunked:', e, e.__notes__)
    try:
        json.dumps({v: 0}, allow_nan=False)
    except ValueError as e:
        print('key:', e)

class Loud(float):
    def __repr__(self):
        return 'Loud(%s)' % float.__repr__(self)

for doc in [Loud('nan'), [Loud('inf')], {Loud('-inf'): 1}, Loud(1.5), {Loud(2.5): 0}]:
    try:
        print(json.dumps(doc, allow_nan=False))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(''.join(json.JSONEncoder(allow_nan=False).iterencode(doc)))
    except ValueError as e:
        print('chunked ValueError:', e)
