# a2b_* take ASCII str and buffers; b2a_* only buffers.
import binascii

for f in (binascii.a2b_hex, binascii.a2b_base64, binascii.a2b_uu, binascii.a2b_qp):
    for arg in ('41', b'41', bytearray(b'41'), memoryview(b'41'), 'é', 41, None):
        try:
            print(f.__name__, repr(arg), f(arg))
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
for f in (binascii.b2a_hex, binascii.b2a_base64, binascii.b2a_uu, binascii.b2a_qp, binascii.crc32):
    try:
        f('text')
    except TypeError as e:
        print(f.__name__, e)
