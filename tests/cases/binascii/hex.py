# hexlify/unhexlify and their a2b/b2a names, with separators.
import binascii

for data in (b'', b'\x00', b'\x01\xab\xcd\xef', bytes(range(7)), bytearray(b'xyz'), memoryview(b'mv')):
    print(binascii.hexlify(data), binascii.b2a_hex(data))
d = b'\x01\x02\x03\x04\x05'
for sep, per in ((':', 1), (b'-', 2), ('_', -2), (' ', 3), (':', -3), (':', 5), (':', 0), (':', 100), ('\xe9', 2)):
    print(repr(sep), per, binascii.hexlify(d, sep, per), binascii.b2a_hex(d, sep=sep, bytes_per_sep=per))
print(binascii.hexlify(d, ':'), binascii.hexlify(data=d))
for s in (b'', b'00ff', b'ABcdEf', '0123456789abcdef', bytearray(b'7f'), memoryview(b'80')):
    print(binascii.unhexlify(s), binascii.a2b_hex(s))
