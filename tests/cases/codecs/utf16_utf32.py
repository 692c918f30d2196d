# UTF-16 and UTF-32: byte orders, marks, surrogate pairs, the _codecs functions.
import codecs, _codecs
texts = ['', 'a', 'h\xe9llo', '\u20ac', '\U0001f600x', '\uffff\U00010000\U0010ffff', 'a' * 7]
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for t in texts:
        b = t.encode(enc)
        print(enc, ascii(t), b, ascii(b.decode(enc)))
print(b'\xfe\xff\x00a'.decode('utf-16'), ascii(b'\x00a'.decode('utf-16')), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
print(ascii(b'\xff\xfe\xff\xfe'.decode('utf-16')), ascii(b'\xfe\xff'.decode('utf-16')), ascii(b''.decode('utf-32')))
print(_codecs.utf_16_ex_decode(b'a\x00', None, 0, False), _codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, False))
print(_codecs.utf_16_ex_decode(b'\xfe', None, 0, False), _codecs.utf_16_ex_decode(b'\xfe\xff', None, 0, False))
print(_codecs.utf_32_ex_decode(b'\xff\xfe\x00', None, 0, False), _codecs.utf_16_decode(b'\xfe\xff\x00a'))
print(_codecs.utf_16_ex_decode(b'\x00a', None, 1, False), _codecs.utf_16_ex_decode(b'a\x00', None, -1, True))
print(_codecs.utf_16_le_decode(b'a\x00b'), _codecs.utf_16_le_decode(b'a\x00\x00\xd8'), _codecs.utf_32_be_decode(b'\x00\x00'))
print(_codecs.utf_16_encode('ab'), _codecs.utf_16_encode('ab', None, 1), _codecs.utf_16_encode('ab', None, -1))
print(_codecs.utf_32_encode('a', 'strict', 5), _codecs.utf_16_le_encode('\U00012345'), _codecs.utf_32_be_encode('z'))
try:
    _codecs.utf_16_ex_decode(b'a\x00b', None, 0, True)
except UnicodeDecodeError as e:
    print(e)
for call in [lambda: _codecs.utf_16_encode(1), lambda: _codecs.utf_16_encode('a', 1), lambda: _codecs.utf_16_decode('a'),
             lambda: _codecs.utf_16_encode('a', None, 'x'), lambda: _codecs.utf_32_decode(b'', None, False, 1)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
for data in [b'\x00\xd8\x00\xd8a\x00', b'\x00\xd8\x00\xdc', b'\x00\xdc\x00\xd8']:
    for h in ['replace', 'backslashreplace', 'surrogatepass', 'ignore']:
        print(data, h, ascii(data.decode('utf-16-le', h)))
print(bytearray(b'a\x00').decode('utf-16-le'), memoryview(b'\x00\x00\x00z').tobytes().decode('utf-32-be'))
