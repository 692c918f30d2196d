# Incremental encoders and decoders, byte at a time, with their state.
import codecs
text = 'a\xe9\u20ac\U0001f600z\r\n'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'ascii', 'latin-1', 'cp1252']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b'', True))
    print(enc, ascii(pieces))
    enc_ = codecs.getincrementalencoder(enc)('replace')
    print(enc, [enc_.encode(ch) for ch in text], enc_.encode('', True))
for enc in ['utf-16', 'utf-32']:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, d.getstate())
    try:
        print(repr(d.decode(b'a\x00\x00\x00')), d.getstate())
    except UnicodeDecodeError as e:
        print(e)
    d = codecs.getincrementaldecoder(enc)()
    print(ascii(d.decode(codecs.BOM_UTF16_BE[:1])), d.getstate())
    d.reset()
    print(d.getstate())
    e = codecs.getincrementalencoder(enc)()
    print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b'), e.getstate())
    e.reset()
    print(e.getstate(), e.encode('c'))
    e.setstate(0)
    print(e.encode('d'))
    e.setstate(2)
    print(e.encode('d'))
for st in [0, 1, 2]:
    d = codecs.getincrementaldecoder('utf-16')()
    d.setstate((b'', st))
    try:
        print(st, ascii(d.decode(b'\x00a\x00b')), d.getstate())
    except UnicodeDecodeError as e:
        print(st, e)
d = codecs.getincrementaldecoder('utf-8-sig')()
print(ascii(d.decode(b'\xef\xbb')), d.getstate(), ascii(d.decode(b'\xbfab')), d.getstate())
d = codecs.getincrementaldecoder('utf-8')()
print(ascii(d.decode(b'\xe2\x82')), d.getstate(), ascii(d.decode(b'\xac')), d.getstate())
d.setstate((b'\xc3', 0))
print(ascii(d.decode(b'\xa9')))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b'))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', True)
except UnicodeDecodeError as e:
    print(e)
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac!'], 'utf-8')), list(codecs.iterencode(['a', 'b', ''], 'utf-16')))
print(list(codecs.iterdecode([b'\xff\xfe', b'a', b'\x00'], 'utf-16')), list(codecs.iterencode([], 'utf-8-sig')))
