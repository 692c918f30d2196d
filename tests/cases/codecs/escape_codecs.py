# unicode_escape, raw_unicode_escape and the bytes escape functions.
import codecs, warnings, _codecs as c
warnings.simplefilter('always')
cases = [b'a\\nb\\tc\\\\d\\\'\\"', b'\\x41\\x4', b'\\u00e9\\u12', b'\\U0001f600', b'\\U00110000', b'\\N{EURO SIGN}',
         b'\\N{NOPE}', b'\\N{EURO', b'\\N', b'\\q', b'\\', b'\\101\\1\\777', b'\\8', b'\xe9\\a\\b\\f\\v\\0', b'\\x',
         b'\\u', b'\\Ux', b'line\\\ncont', b'\\N{LATIN SMALL LETTER A}\\N{latin small letter b}']
for data in cases:
    for h in ['strict', 'replace', 'backslashreplace', 'ignore']:
        try:
            print(data, h, ascii(c.unicode_escape_decode(data, h)))
        except Exception as e:
            print(data, h, type(e).__name__, e)
    try:
        print(data, 'partial', ascii(c.unicode_escape_decode(data, 'strict', False)))
    except Exception as e:
        print(data, 'partial', type(e).__name__, e)
    try:
        print(data, 'raw', ascii(c.raw_unicode_escape_decode(data)), ascii(c.raw_unicode_escape_decode(data, 'strict', False)))
    except Exception as e:
        print(data, 'raw', type(e).__name__, e)
    try:
        print(data, 'esc', ascii(c.escape_decode(data)))
    except Exception as e:
        print(data, 'esc', type(e).__name__, e)
for t in ['a\\b\'"\t\n\r\x00\x7f\xe9\u20ac\U0001f600 ~', '']:
    print(c.unicode_escape_encode(t), c.raw_unicode_escape_encode(t))
    print(t.encode('unicode_escape'), t.encode('raw_unicode_escape'))
print(c.escape_encode(b'a\\\'"\t\n\r\x00\x7f\xe9 ~'), c.escape_decode('a\\x41\xe9'), c.escape_decode(bytearray(b'\\x41')))
print(c.raw_unicode_escape_decode(b'\\\\u0041\\\\\\u0041 \\u004', 'strict', False))
print(c.unicode_escape_decode(b'ab\\', 'strict', False), c.unicode_escape_decode(b'\\x4', 'strict', False),
      c.unicode_escape_decode(b'\\N{EU', 'strict', False))
print(b'\\u20ac'.decode('unicode_escape'), '\u20ac'.encode('unicode_escape'), b'caf\\xe9'.decode('unicode-escape'))
d = codecs.getincrementaldecoder('unicode_escape')()
print(ascii([d.decode(bytes([b])) for b in b'a\\u20acb\\x41\\N{EURO SIGN}']), ascii(d.decode(b'', True)))
for f in (lambda: c.escape_encode('str'), lambda: c.unicode_escape_encode(b'x'), lambda: c.escape_decode(b'\\x4', 'ignore'),
          lambda: c.escape_decode(b'\\x4g', 'replace'), lambda: c.escape_decode(b'\\x4', 'bogus')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
