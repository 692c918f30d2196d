# rot13 over every ASCII letter, and its helper.
import codecs, io, encodings.rot_13 as r
text = ''.join(chr(c) for c in range(32, 127)) + '\xe9\u20ac'
print(codecs.encode(text, 'rot13'))
print(codecs.decode(codecs.encode(text, 'rot_13'), 'rot-13') == text)
out = io.StringIO()
r.rot13(io.StringIO('Hello'), out)
print(out.getvalue(), codecs.getincrementalencoder('rot13')().encode('abc'))
for f in (lambda: 'x'.encode('rot13'), lambda: codecs.encode(b'x', 'rot13')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
