# Incremental and stream forms of the bytes-to-bytes codecs.
import codecs, io
for name in ['hex', 'base64', 'quopri', 'uu', 'zlib']:
    enc = codecs.getincrementalencoder(name)()
    data = enc.encode(b'abc') + enc.encode(b'def', True)
    print(name, data[:40], codecs.getincrementaldecoder(name)().decode(codecs.encode(b'xyz', name), True))
    w = codecs.getwriter(name)(io.BytesIO())
    w.write(b'hello')
    print(' ', w.stream.getvalue()[:40])
    r = codecs.getreader(name)(io.BytesIO(codecs.encode(b'hello', name)))
    print(' ', r.read())
