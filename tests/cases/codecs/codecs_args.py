# Argument checking of the _codecs functions.
import _codecs, codecs
calls = [lambda: _codecs.utf_8_encode(1), lambda: _codecs.utf_8_encode('a', 1), lambda: _codecs.utf_8_decode('a'),
         lambda: _codecs.utf_8_decode(b'a', None, 'x'), lambda: _codecs.lookup(1), lambda: _codecs.encode(1, 2),
         lambda: _codecs.register(1), lambda: _codecs.register_error('x', 1), lambda: _codecs.lookup_error(1),
         lambda: _codecs.charmap_decode(b'a', None, 1), lambda: _codecs.utf_16_encode('a', None, 'x'),
         lambda: _codecs.ascii_encode(), lambda: _codecs.ascii_decode(b'', None, None), lambda: _codecs.encode(),
         lambda: _codecs.decode(b'a', errors=3), lambda: _codecs.encode('a', encoding=None),
         lambda: _codecs.latin_1_encode(b'x'), lambda: _codecs.escape_encode('x'), lambda: _codecs.charmap_build(1),
         lambda: _codecs.utf_7_encode(None), lambda: _codecs.unicode_escape_decode(1),
         lambda: _codecs.utf_32_ex_decode(b'', None, 2 ** 40), lambda: _codecs._unregister_error(1),
         lambda: codecs.encode('a', 'ascii', 'strict'), lambda: codecs.decode(obj=b'a', encoding='latin-1')]
for f in calls:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['utf_8_decode', 'utf_16_ex_decode', 'charmap_encode', 'encode', 'lookup', 'register_error',
             'unicode_escape_decode', 'readbuffer_encode']:
    print(name, getattr(_codecs, name).__text_signature__)
print(_codecs.lookup.__doc__)
print(_codecs.register_error.__doc__)
