# Keys JSON cannot write: TypeError naming the type, unless skipkeys.
import json

class K:
    pass

for key in [(1, 2), frozenset(), K(), b'bytes', 1j]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print('TypeError:', e, getattr(e, '__notes__', None))
    try:
        list(json.JSONEncoder().iterencode({key: 1}))
    except TypeError as e:
        print('chunked TypeError:', e)
    print(json.dumps({key: 1, 'ok': 2}, skipkeys=True))
try:
    json.dumps([{'a': {(1,): 2}}])
except TypeError as e:
    print(e, e.__notes__)
