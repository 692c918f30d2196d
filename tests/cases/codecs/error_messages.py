# The texts of UnicodeEncodeError and UnicodeDecodeError from each codec.
cases = [
    (b'\xff', 'utf-8'), (b'a\xc3', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2(', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'),
    (b'\xf5\x80\x80\x80', 'utf-8'), (b'\xc0\xaf', 'utf-8'), (b'ab\x80cd', 'ascii'), (b'a', 'utf-16-le'),
    (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-be'),
    (b'\xff\xfe\x00\xd8', 'utf-16'), (b'a\x00\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
    (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\x00\x00\x00\x00\x11\x00\x00', 'utf-32-be'), (b'\x81', 'cp1252'),
    (b'\x80\x81', 'cp1252'), (b'\xdb', 'tis-620'), (b'\xa5', 'iso8859-3'),
]
for data, enc in cases:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, '|', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
texts = [('\xe9', 'ascii'), ('ab\u20accd\u20ac\u20ac', 'ascii'), ('\u0100', 'latin-1'), ('a\ud800b', 'utf-8'),
         ('\ud800\udc00', 'utf-8'), ('\ud800', 'utf-16'), ('a\udc00\ud800b', 'utf-16-be'), ('\udfff', 'utf-32'),
         ('\u4e00', 'cp1252'), ('x\u4e00\u4e01y', 'koi8-r'), ('\U0001f600', 'cp437')]
for text, enc in texts:
    try:
        print(text.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, '|', e, '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
