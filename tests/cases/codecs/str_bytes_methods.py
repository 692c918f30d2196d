# str.encode, bytes.decode, bytearray.decode and str() with codecs the
# registry provides, and the refusal of bytes-to-bytes codecs there.
import codecs
print('h\xe9llo'.encode('cp1252'), b'h\xe9llo'.decode('cp1252'), bytearray(b'\x80').decode('cp1252'))
print(str(b'\x80abc', 'cp1252'), str(b'\xff', 'koi8-r', 'strict'), str(memoryview(b'\xe4'), 'latin9'))
print('x'.encode(encoding='utf-16-be'), b'\x00x'.decode(encoding='utf-16-be', errors='strict'))
for name in ['hex', 'base64', 'rot13', 'zlib', 'uu', 'quopri', 'hex_codec', 'base64-codec']:
    for f in (lambda: 'abc'.encode(name), lambda: b'abc'.decode(name), lambda: str(b'abc', name)):
        try:
            print(f())
        except LookupError as e:
            print('LookupError', e)
for f in (lambda: 'abc'.encode('nope'), lambda: b'abc'.decode('nope'), lambda: 'abc'.encode(5),
          lambda: b'abc'.decode('utf-8', 5), lambda: 'abc'.encode('utf-8', errors=None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def search(name):
    if name == 'boom':
        def enc(s, errors='strict'):
            raise ValueError('enc')
        def dec(b, errors='strict'):
            print(type(b).__name__)
            raise ValueError('dec')
        return codecs.CodecInfo(enc, dec, name='boom')
    if name == 'wrong':
        return codecs.CodecInfo(lambda s, e='strict': (5, 1), lambda b, e='strict': (5, 1), name='wrong')
    if name == 'bytearray_out':
        return codecs.CodecInfo(lambda s, e='strict': (bytearray(b'ba'), 1), lambda b, e='strict': ('s', 1))
codecs.register(search)
for f in [lambda: 'a'.encode('boom'), lambda: b'a'.decode('boom'), lambda: codecs.encode('a', 'boom'),
          lambda: codecs.decode(b'a', 'boom'), lambda: 'a'.encode('wrong'), lambda: b'a'.decode('wrong'),
          lambda: codecs.encode('a', 'wrong'), lambda: bytearray(b'a').decode('boom'), lambda: str(b'a', 'boom'),
          lambda: 'a'.encode('bytearray_out')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e), getattr(e, '__notes__', None))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(repr(e), e.__notes__)
