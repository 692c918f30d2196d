# Base16: upper case only unless casefold.
import base64
import binascii

print(base64.b16encode(b'\x01\xab\xff'), base64.b16encode(b''), base64.b16encode(bytearray(b'z')))
for s, fold in (('01AB', False), ('01ab', False), ('01ab', True), ('01A', False), ('0G', False), ('', False),
                (b'FF', False), ('0 1', False), ('01a', True)):
    try:
        print(repr(s), fold, base64.b16decode(s, fold))
    except binascii.Error as e:
        print(repr(s), fold, 'Error:', e)
