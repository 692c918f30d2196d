# json.detect_encoding(b) finds the codec from the byte order mark, else from
# the zero bytes of the first characters.
import json

for b in [b'', b'1', b'12', b'123', b'1234', b'\x00\x00\x00[', b'\x00[\x00]', b'[\x00\x00\x00', b'[\x00]\x00',
          b'[\x00\x00', b'\x001', b'1\x00', b'\xef\xbb\xbf[]', b'\xff\xfe[\x00', b'\xfe\xff\x00[',
          b'\xff\xfe\x00\x00[\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00[', b'{"a"', bytearray(b'\x00x\x00y')]:
    print(b, json.detect_encoding(b))
