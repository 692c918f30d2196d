# The UTF-8, ASCII and Latin-1 functions of _codecs, with final and partial input.
import _codecs as c
for data in [b'', b'a', b'\xc3', b'a\xc3', b'\xe2\x82', b'\xe2\x82\xac', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80',
             b'\xed\xa0', b'\xe0\x80', b'\xf4\x90', b'a\xffb\xe2', b'\xc3\xa9\xc3']:
    for final in (False, True):
        try:
            print(data, final, ascii(c.utf_8_decode(data, 'strict', final)))
        except UnicodeDecodeError as e:
            print(data, final, e)
    print(data, ascii(c.utf_8_decode(data, 'replace')), ascii(c.utf_8_decode(data, 'surrogateescape', True)))
print(c.ascii_decode(b'abc'), c.latin_1_decode(b'\xe9\xff'), c.ascii_encode('abc'), c.latin_1_encode('\xe9'))
print(c.ascii_decode(bytearray(b'x')), c.latin_1_decode(memoryview(b'yz')), c.utf_8_encode('\u20ac'))
print(c.utf_8_encode('a\ud800', 'surrogatepass'), c.ascii_encode('\xe9', 'replace'), c.latin_1_encode('\u20ac', 'ignore'))
print(c.readbuffer_encode(b'abc'), c.readbuffer_encode('h\xe9'), c.readbuffer_encode(bytearray(b'q'), 'x'))
try:
    c.ascii_decode(b'a\x80', None)
except UnicodeDecodeError as e:
    print(e)
