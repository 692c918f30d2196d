# The bytes-to-bytes codecs and rot13 through codecs.encode/decode.
import codecs
data = b'hello world\x00\xff' * 5
for name in ['hex', 'hex_codec', 'base64', 'base_64', 'zlib', 'zip', 'quopri', 'quotedprintable', 'uu', 'uu_codec']:
    info = codecs.lookup(name)
    enc = codecs.encode(data, name)
    print(name, info.name, info._is_text_encoding, enc[:60], codecs.decode(enc, name) == data)
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.lookup('rot13').name)
print(codecs.encode(b'a b\tc=\xff\n', 'quopri'), codecs.decode(b'a=20b=\n c', 'quopri'))
print(codecs.encode(b'', 'uu'), codecs.decode(codecs.encode(b'x' * 100, 'uu'), 'uu'))
for f in [lambda: codecs.decode(b'abc', 'hex'), lambda: codecs.decode(b'begin', 'uu'), lambda: codecs.decode(b'', 'uu'),
          lambda: codecs.encode('abc', 'hex'), lambda: codecs.encode(b'a', 'hex', 'ignore'),
          lambda: codecs.decode(b'x', 'base64'), lambda: codecs.encode(b'a', 'rot13'), lambda: codecs.decode(b'x', 'zlib')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
e = codecs.getincrementalencoder('zlib')()
print(e.encode(b'abc'), e.encode(b'def'), e.encode(b'', True))
d = codecs.getincrementaldecoder('zlib')()
z = codecs.encode(b'abcdef', 'zlib')
print([d.decode(z[i:i + 1]) for i in range(len(z))], d.decode(b'', True))
print(codecs.getincrementaldecoder('hex')().decode(b'61'), codecs.getincrementalencoder('base64')().encode(b'ab'))
import encodings.rot_13 as r
print(type(r.rot13_map).__name__, len(r.rot13_map), r.rot13_map[ord('a')])
