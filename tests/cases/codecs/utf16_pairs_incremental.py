# Surrogate pairs split across the pieces of an incremental UTF-16 decoder.
import codecs
text = '\U0001f600a\U00010000\U0010ffff\u20ac'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le']:
    data = text.encode(enc)
    for step in (1, 2, 3, 5):
        d = codecs.getincrementaldecoder(enc)()
        out = [d.decode(data[i:i + step]) for i in range(0, len(data), step)]
        out.append(d.decode(b'', True))
        print(enc, step, ascii(out))
d = codecs.getincrementaldecoder('utf-16-le')()
print(ascii(d.decode(b'=\xd8')), d.getstate(), ascii(d.decode(b'\x00\xde')), d.getstate())
try:
    d.decode(b'=\xd8', True)
except UnicodeDecodeError as e:
    print(e)
