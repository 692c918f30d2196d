# b2a_base64 and a2b_base64 undo each other on seeded random data.
import binascii

seed = 7
ok = 0
for n in range(200):
    data = bytearray()
    for _ in range(n % 37):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(seed >> 16 & 0xFF)
    enc = binascii.b2a_base64(bytes(data))
    ok += binascii.a2b_base64(enc) == data and binascii.a2b_base64(enc, strict_mode=True) == data
    if n % 40 == 0:
        print(n, enc)
print(ok)
