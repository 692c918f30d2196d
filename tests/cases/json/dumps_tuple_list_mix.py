# Tuples are arrays; sets, bytes, ranges and generators are not JSON.
import json

print(json.dumps((1, 2, (3, [4, (5,)]))), json.dumps({'t': ()}))
for v in [{1, 2}, b'ab', bytearray(b'x'), range(2), (i for i in range(2)), 1j, object, len]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError:', e)
