# Stream writers and readers with error handlers, and getattr through them.
import codecs, io
w = codecs.getwriter('ascii')(io.BytesIO(), 'xmlcharrefreplace')
w.write('caf\xe9 \u20ac')
print(w.getvalue(), w.errors, w.tell(), w.closed)
w = codecs.getwriter('latin-1')(io.BytesIO())
try:
    w.write('\u20ac')
except UnicodeEncodeError as e:
    print(e)
r = codecs.getreader('ascii')(io.BytesIO(b'ok\xff\xfe!'), 'backslashreplace')
print(ascii(r.read()), r.tell())
r = codecs.getreader('utf-16-le')(io.BytesIO(b'a\x00\x00'), 'replace')
print(ascii(r.read()))
r = codecs.getreader('cp1252')(io.BytesIO(b'a\x81b'), 'ignore')
print(ascii(r.readline()))
try:
    codecs.getreader('utf-8')(io.BytesIO()).nosuch
except AttributeError as e:
    print(e)
