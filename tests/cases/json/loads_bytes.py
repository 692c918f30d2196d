# bytes and bytearray documents: UTF-8 (with or without BOM), UTF-16 and
# UTF-32 in both orders, found from the zero bytes; invalid UTF-8 raises.
import json

docs = [b'[1]', b'\xff\xfe[\x001\x00]\x00', b'\xfe\xff\x00[\x001\x00]', b'[\x001\x00]\x00', b'\x00[\x001\x00]',
        b'\xff\xfe\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00[\x00\x00\x001\x00\x00\x00]',
        b'[\x00\x00\x001\x00\x00\x00]\x00\x00\x00', b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00]',
        b'\xef\xbb\xbf{"a": "\xc3\xa9"}', b'"\xe2\x82\xac"', b'1', b'12', b'1\x00', b'\x001',
        bytearray(b'{"k": [true]}'), b'"\xed\xa0\x80"', b'"\\ud83d\\ude00"', b'"\xf0\x9f\x98\x80"',
        b'"\xff"', b'\xc3', b'', b' ', b'\xef\xbb\xbf', b'"\x00"']
for b in docs:
    try:
        print(b, ascii(json.loads(b)))
    except (ValueError, UnicodeDecodeError) as e:
        print(b, type(e).__name__, e)
