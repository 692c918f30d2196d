# Seeded random data through a85 and b85 with each option.
import base64

seed = 3
ok = 0
for n in range(120):
    data = bytearray()
    for _ in range(n % 23):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((seed >> 16) & 0xFF if n % 3 else (seed >> 16) & 0x21)
    data = bytes(data)
    opts = dict(foldspaces=bool(n & 1), adobe=bool(n & 2))
    enc = base64.a85encode(data, wrapcol=n % 7, **opts)
    ok += base64.a85decode(enc, **opts) == data
    ok += base64.b85decode(base64.b85encode(data)) == data
    ok += base64.z85decode(base64.z85encode(data)) == data
    if n % 30 == 0:
        print(n, enc, base64.b85encode(data), base64.z85encode(data))
print(ok)
