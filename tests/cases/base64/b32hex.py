# Base32 with the extended hex alphabet.
import base64
import binascii

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar'):
    enc = base64.b32hexencode(data)
    print(enc, base64.b32hexdecode(enc) == data, base64.b32hexdecode(enc.lower(), casefold=True) == data)
for s in ('c5h66p35', 'C4======', 'W0======', 'C4=====', '0'):
    try:
        print(repr(s), base64.b32hexdecode(s))
    except binascii.Error as e:
        print(repr(s), 'Error:', e)
try:
    base64.b32hexdecode('C4======', map01='L')
except TypeError as e:
    print(e)
