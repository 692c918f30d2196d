# What loads accepts: str, bytes, bytearray; other types raise TypeError;
# a str starting with a BOM is refused.
import json

for v in [5, None, 1.5, ['[]'], memoryview(b'[]'), object()]:
    try:
        json.loads(v)
    except TypeError as e:
        print('TypeError:', e)
for text in ['\ufeff[]', '\ufeff', '\ufeff"x"']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, e.pos)
print(json.loads(' \ufeff'.strip() + '[]' if False else '[]'))
try:
    json.loads('[1]', cls=json.JSONDecoder, bogus=1)
except TypeError as e:
    print('TypeError:', e)
class S(str):
    pass
print(json.loads(S('[1, 2]')))
