# uuencode lines, with and without backticks.
import binascii

for data in (b'', b'a', b'ab', b'abc', b'\x00\x00\x00', b'hello', bytes(range(45)), bytearray(b'q')):
    print(binascii.b2a_uu(data), binascii.b2a_uu(data, backtick=True))
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print('Error:', e)
for data in (b'x' * 45, bytes(range(200, 245))):
    print(binascii.a2b_uu(binascii.b2a_uu(data)) == data, binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data)
