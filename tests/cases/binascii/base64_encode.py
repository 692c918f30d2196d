# b2a_base64: padding and the newline.
import binascii

for data in (b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\xff\xfe\xfd\xfc', bytearray(b'hi'), memoryview(b'mv!')):
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
for bad in ('text', 5, None):
    try:
        binascii.b2a_base64(bad)
    except TypeError as e:
        print(e)
try:
    binascii.b2a_base64(b'a', True)
except TypeError as e:
    print(e)
