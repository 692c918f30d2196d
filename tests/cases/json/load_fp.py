# load reads the whole document with read(), then decodes it as loads.
import json
import io

print(json.load(io.StringIO('{"a": [1, 2.5, null]}')))
print(json.load(io.BytesIO(b'[true]')))
class Reader:
    def read(self):
        print('read called')
        return '{"b": 1}'
print(json.load(Reader(), object_hook=lambda d: sorted(d.items())))
print(json.load(io.StringIO('[1.5]'), parse_float=str))
for bad in [io.StringIO('[1,]'), io.StringIO('')]:
    try:
        json.load(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
try:
    json.load('[1]')
except AttributeError as e:
    print('AttributeError:', e)
