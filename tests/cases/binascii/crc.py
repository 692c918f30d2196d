# crc32 and crc_hqx, whole and incremental, with any starting value.
import binascii

for data in (b'', b'a', b'hello', b'hello world', bytes(range(256)) * 3, bytearray(b'xyz'), memoryview(b'mv')):
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
h = binascii.crc_hqx(b'hello ', 0)
print(binascii.crc_hqx(b'world', h) == binascii.crc_hqx(b'hello world', 0))
for start in (12345, -1, 1 << 40, -(1 << 80), True):
    print(start, binascii.crc32(b'abc', start), binascii.crc_hqx(b'abc', start))
for args in ((b'a', 1.5), ('x',), (b'a', None), (None,)):
    try:
        binascii.crc32(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((b'a',), (b'a', 1, 2), ('x', 0)):
    try:
        binascii.crc_hqx(*args)
    except TypeError as e:
        print(type(e).__name__, e)
