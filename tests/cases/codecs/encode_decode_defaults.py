# codecs.encode/decode: defaults, keywords, and non-text codecs.
import codecs
print(codecs.encode('\xe9'), codecs.decode(b'\xc3\xa9'), codecs.encode(obj='x', encoding='utf-16-le'))
print(codecs.decode(b'\xff', 'latin-1', errors='strict'), codecs.decode(b'\xff', encoding='ascii', errors='replace'))
print(codecs.encode(b'abc', 'hex'), codecs.decode('616263', 'hex'), codecs.encode('abc', 'rot13'))
for f in (lambda: codecs.encode('\xe9', 'ascii'), lambda: codecs.decode(b'\xff'), lambda: codecs.encode(1),
          lambda: codecs.decode('str'), lambda: codecs.encode('x', 'nope'), lambda: codecs.decode(b'x', 'hex')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
