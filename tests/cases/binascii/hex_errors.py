# hex errors: odd length, bad digits, bad separators, bad types.
import binascii

for s in ('abc', '0g', b'zz', 'ab cd', 'é0', '', 5, None, ['a']):
    try:
        print(repr(s), binascii.unhexlify(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for sep in ('::', '', 1, None, bytearray(b':'), '\u20ac', b'ab'):
    try:
        print(binascii.hexlify(b'abc', sep))
    except Exception as e:
        print(repr(sep), type(e).__name__, e)
for args in ((b'abc', ':', 'x'), (b'abc', ':', 1 << 40), ('abc',), (5,)):
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
