# Stream readers and writers of the codecs with marks and wide units.
import codecs, io
text = 'first line\nsecond \u20ac line\r\nthird \U0001f600\nlast'
for enc in ['utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'utf-7', 'cp1252', 'unicode_escape']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, ascii(r.readline()), ascii(r.readline(keepends=False)), ascii(r.read(4)), ascii(r.readlines()))
    w = codecs.getwriter(enc)(io.BytesIO(), 'replace')
    for piece in text.split(' '):
        w.write(piece + ' ')
    w.reset()
    print(enc, w.stream.getvalue()[:40], len(w.stream.getvalue()))
r = codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00'))
try:
    r.read()
except UnicodeDecodeError as e:
    print(e)
