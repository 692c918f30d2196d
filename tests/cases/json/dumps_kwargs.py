# dumps and loads take keyword-only options; unknown ones reach the class
# and fail there.
import json

try:
    json.dumps(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('1', None)
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps(1, colour='red')
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('1', colour='red')
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(obj=[1]), json.loads(s='[2]'))
try:
    json.dumps()
except TypeError as e:
    print('TypeError:', e)
print(json.dumps([1], skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
                 indent=None, separators=None, default=None, sort_keys=False))
