# Z85 (ZeroMQ's base-85 alphabet).
import base64

print(base64.z85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'), base64.z85decode('HelloWorld'))
for data in (b'', b'a', b'abc', b'abcd', bytes(range(12))):
    enc = base64.z85encode(data)
    print(enc, base64.z85decode(enc) == data)
for s in ('HelloWorl', '"', '~', 'Hello~', '%nSc1', '%nSc0'):
    try:
        print(repr(s), base64.z85decode(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
